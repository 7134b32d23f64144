/**
 * One way to turn a route pattern found on disk (helpers.ts routesOpSchijf)
 * into a URL of the demo data, for every spec that walks all routes: the
 * authorization matrix, the CSP check and the leak crawl. A pattern with a
 * parameter this does not know fails loudly, so a new page gets a value here.
 */
import type { Page } from "@playwright/test";
import { signIn } from "./fixtures";

export interface DemoIds {
  /** Layla Darwish: broad consent, a plan, rapportages, signals. */
  inburgeraar: string;
  /** Den Haag in the demo organisation. */
  gemeente: string;
  /** Karim Haddad, a volunteer (profile and account). */
  karim: string;
  rapportage: string;
  overdracht: string;
  /** Further ids by route prefix, e.g. "/signalen/[id]" → an id (filled by specs that have one). */
  extra?: Record<string, string>;
}

/** An id from the href of the first link with this name on the current page. */
export async function idUitLink(page: Page, naam: RegExp, hrefPatroon: RegExp): Promise<string> {
  const href = await page.getByRole("link", { name: naam }).first().getAttribute("href");
  const id = href && hrefPatroon.exec(href)?.[1];
  if (!id) throw new Error(`geen link ${naam} gevonden`);
  return id;
}

/**
 * The demo ids, read from pages as a teamleider and a beheerder see them (the
 * seed's ids differ per run). Leaves the page signed in as the beheerder.
 */
export async function verzamelDemoIds(page: Page): Promise<DemoIds> {
  await signIn(page, "teamleider");
  await page.goto("/inburgeraars");
  const inburgeraar = await idUitLink(page, /Layla Darwish/, /\/inburgeraars\/([^/?#]+)/);
  await page.goto(`/inburgeraars/${inburgeraar}/rapportage`);
  const rapportage = await idUitLink(page, /^Versie 2$/, /\/rapportages\/([^/?#]+)/);
  await page.goto("/overdrachten");
  const overdracht = await idUitLink(page, /Interne overdracht: Mohammed Al-Hassan/, /\/overdrachten\/([^/?#]+)/);
  await page.goto(`/inburgeraars/${inburgeraar}/signalen`);
  const signaal = await idUitLink(page, /^Financiën en schulden$/, /\/signalen\/([^/?#]+)/);
  await page.goto("/sociale-kaart?zoek=Schuldhulpverlening");
  const kaart = await idUitLink(page, /^Schuldhulpverlening Den Haag$/, /\/sociale-kaart\/([^/?#]+)/);
  await page.goto("/overleggen");
  const overleg = await idUitLink(page, /Casuïstiekoverleg Escamp en Laak/, /\/overleggen\/([^/?#]+)/);
  await page.context().clearCookies();
  await signIn(page, "beheerder");
  await page.goto("/beheer/gemeenten");
  const gemeente = await idUitLink(page, /Den Haag/, /\/beheer\/gemeenten\/([^/?#]+)/);
  await page.goto("/vrijwilligers?zoek=Karim");
  const karim = await idUitLink(page, /Karim Haddad/, /\/vrijwilligers\/([^/?#]+)/);
  return { inburgeraar, gemeente, karim, rapportage, overdracht, extra: { "/signalen/[id]": signaal, "/sociale-kaart/[id]": kaart, "/overleggen/[id]": overleg } };
}

export function urlVoor(route: string, ids: DemoIds): string {
  let url = route;
  for (const [prefix, id] of Object.entries(ids.extra ?? {})) url = url.replace(prefix, prefix.replace("[id]", id));
  url = url
    .replace("/inburgeraars/[id]", `/inburgeraars/${ids.inburgeraar}`)
    .replace("/vastleggen/[id]", `/vastleggen/${ids.inburgeraar}`)
    .replace("/beheer/gemeenten/[id]", `/beheer/gemeenten/${ids.gemeente}`)
    .replace("/vrijwilligers/[id]", `/vrijwilligers/${ids.karim}`)
    .replace("/beheer/gebruikers/[id]", `/beheer/gebruikers/${ids.karim}`)
    .replace("/rapportages/[id]", `/rapportages/${ids.rapportage}`)
    .replace("/overdrachten/[id]", `/overdrachten/${ids.overdracht}`)
    .replace("/toestemming-scans/[id]", "/toestemming-scans/onbekend")
    // Layla's meetmoment after 3 months is recorded: its correction page.
    .replace("[maand]", "3")
    .replace("[token]", "x".repeat(43))
    .replace("[...nextauth]", "session");
  if (url.includes("[")) throw new Error(`geen waarde voor de parameter in ${route}: vul urlVoor (tests/e2e/routes.ts) aan`);
  return url;
}

/** The signed-in actors of the route matrices, by demo account. */
export const ACTOR_EMAIL = {
  vrijwilliger: "vrijwilliger@denhaag.wegwijs.test",
  begeleiderToegewezen: "begeleider@denhaag.wegwijs.test",
  begeleiderNietToegewezen: "regeldag@denhaag.wegwijs.test",
  teamleider: "teamleider@denhaag.wegwijs.test",
  teamleiderAndereOrganisatie: "teamleider@groningen.wegwijs.test",
  consulent: "consulent@denhaag.wegwijs.test",
  consulentAndereGemeente: "consulent@groningen.wegwijs.test",
  beheerder: "beheerder@denhaag.wegwijs.test",
  beheerderAndereOrganisatie: "beheerder@groningen.wegwijs.test",
} as const;
export type IngelogdeActor = keyof typeof ACTOR_EMAIL;
