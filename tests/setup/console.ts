/**
 * A test that makes something call console.error fails (after it ran), so
 * React warnings and swallowed errors do not go unnoticed. The message is
 * still printed. A test that expects an error calls `allowConsoleError()`.
 *
 * Checked in afterEach rather than by throwing inside console.error, so
 * library code that logs from a catch block or a timer cannot turn it into a
 * different, flaky failure. The app's own logs (pino) go to stdout and are
 * not affected.
 */
import { afterEach, beforeEach, vi, type MockInstance } from "vitest";

let spy: MockInstance<typeof console.error> | undefined;
let allowed = false;
let firstCallStack: string | undefined;

beforeEach(() => {
  allowed = false;
  firstCallStack = undefined;
  const original = console.error.bind(console);
  spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    firstCallStack ??= new Error().stack?.split("\n").slice(2, 8).join("\n");
    original(...args);
  });
});

afterEach(() => {
  const calls = spy?.mock.calls ?? [];
  spy?.mockRestore();
  spy = undefined;
  if (calls.length > 0 && !allowed) {
    const first = calls[0]!.map((a) => (a instanceof Error ? a.message : String(a))).join(" ");
    throw new Error(
      `console.error werd ${calls.length}× aangeroepen tijdens deze test (eerste: ${first.slice(0, 300)}). ` +
        `Verwacht? Roep allowConsoleError() aan uit tests/setup/console.ts.\nAangeroepen vanaf:\n${firstCallStack ?? "?"}`,
    );
  }
});

/**
 * This test may log errors; they are swallowed instead of printed. Returns the
 * spy, so the test can assert what was logged.
 */
export function allowConsoleError(): MockInstance<typeof console.error> {
  if (!spy) throw new Error("allowConsoleError() werkt alleen binnen een test");
  allowed = true;
  return spy.mockImplementation(() => {});
}
