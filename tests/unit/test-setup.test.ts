// Guards the test set-up itself (vitest.config.mts, tests/setup/*).
import { describe, expect, it } from "vitest";
import { allowConsoleError } from "../setup/console";

describe("test set-up", () => {
  it("runs with NODE_ENV=test and resolves server-only and @/ imports", async () => {
    expect(process.env.NODE_ENV).toBe("test");
    await expect(import("server-only")).resolves.toBeDefined();
    const { env } = await import("@/lib/env");
    expect(env.NODE_ENV).toBe("test");
  });

  it("lets a test opt in to console.error", () => {
    const spy = allowConsoleError();
    console.error("verwacht");
    expect(spy).toHaveBeenCalledWith("verwacht");
  });
});
