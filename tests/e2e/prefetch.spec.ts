import type { Page, Request } from "@playwright/test";
import type { DemoRol } from "../../lib/seed/accounts";
import { expect, signIn, test } from "./fixtures";

/**
 * No prefetching (decision 031). Next's Link prefetches every link that scrolls into
 * view; on the caseload that was ±150 requests to the server per visit, more server CPU
 * than the page itself, and data a phone pays for. Each role opens its lists, scrolls
 * to the end and waits: not one request may be a router prefetch. Then a click on a
 * link still navigates inside the app (an RSC request, not a page load).
 */

/** Requests the app router makes for a prefetch carry this header. */
const isPrefetch = (r: Request) => r.headers()["next-router-prefetch"] !== undefined;

async function scrolDoor(page: Page) {
  await page.waitForLoadState("networkidle");
  for (let i = 0; i < 20; i++) {
    await page.mouse.wheel(0, 800);
    await page.waitForTimeout(50);
  }
  await page.waitForLoadState("networkidle");
}

const PAGINAS: { rol: DemoRol; pad: string; kop: RegExp }[] = [
  { rol: "begeleider", pad: "/", kop: /^Mijn inburgeraars$/ },
  { rol: "begeleider", pad: "/agenda", kop: /^Mijn agenda$/ },
  { rol: "teamleider", pad: "/", kop: /^Team$/ },
  { rol: "teamleider", pad: "/inburgeraars", kop: /^Inburgeraars$/ },
  { rol: "consulent", pad: "/", kop: /^Voortgang$/ },
];

for (const rol of ["begeleider", "teamleider", "consulent"] as const) {
  test(`${rol}: de lijsten vragen niets vooraf op bij de server`, async ({ page }) => {
    const prefetches: string[] = [];
    page.on("request", (r) => {
      if (isPrefetch(r)) prefetches.push(new URL(r.url()).pathname);
    });
    await signIn(page, rol);
    for (const p of PAGINAS.filter((x) => x.rol === rol)) {
      await page.goto(p.pad);
      await expect(page.getByRole("heading", { level: 1, name: p.kop })).toBeVisible();
      await scrolDoor(page);
    }
    expect(prefetches, "verzoeken om vooraf te laden").toEqual([]);
  });
}

test("een link navigeert nog binnen de app, zonder prefetch", async ({ page }) => {
  await signIn(page, "begeleider");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn inburgeraars" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  const documenten: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "document") documenten.push(r.url());
  });
  const eerste = page.getByRole("main").getByRole("list", { name: /Mijn inburgeraars/ }).getByRole("listitem").first();
  const naam = (await eerste.getByRole("link").first().textContent())!.trim();
  await eerste.getByRole("link", { name: naam, exact: true }).click();
  await expect(page).toHaveURL(/\/inburgeraars\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: naam })).toBeVisible();
  expect(documenten, "de klik laadt geen nieuwe pagina").toEqual([]);
});
