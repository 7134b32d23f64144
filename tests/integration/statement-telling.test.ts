/**
 * A page runs a small constant number of SQL statements, whatever the caseload
 * size (docs/decisions/017, DESIGN.md "Rules that hold everywhere"). Two
 * organisations built the same way, one with 5 people and one with 50: each
 * page's data loading (the same lib function the page calls) must send exactly
 * as many statements in both. The session check is one statement.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { laadSessie } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/authz";
import { auditFilterSchema, listAudit } from "@/lib/audit/queries";
import { db, telStatements } from "@/lib/db";
import type { ToestemmingOnderwerp } from "@/lib/db/generated/enums";
import { laadAgendaPagina } from "@/lib/pagina/agenda";
import { laadBellijstPagina } from "@/lib/pagina/bellijst";
import { laadDossierKop, laadDossierOverzicht } from "@/lib/pagina/dossier";
import { laadTeamLijstPagina } from "@/lib/pagina/inburgeraars";
import { laadCaseloadStart, laadTeamStart, laadVoortgangStart } from "@/lib/pagina/start";
import { laadVastleggenPagina } from "@/lib/pagina/vastleggen";
import { agendaWeekStart } from "@/lib/afspraak/rules";
import { vandaag } from "@/lib/tijd";
import { getWachtlijst } from "@/lib/wachtlijst/queries";
import { maakGebruiker, maakInburgeraar, maakOrganisatie, sessionUser, wijsToe } from "../factories";

const ONDERWERPEN: ToestemmingOnderwerp[] = ["VOORTGANG", "BEGELEIDINGSPLAN", "CHECKLIST", "AFSPRAKEN", "SIGNALEN", "CONTACTGEGEVENS", "VERSLAGEN"];
const DAG = 86_400_000;

interface Wereld {
  begeleider: SessionUser;
  vrijwilliger: SessionUser;
  teamleider: SessionUser;
  consulent: SessionUser;
  beheerder: SessionUser;
  eerste: string;
}

/**
 * An organisation with `n` people, all with the begeleider; every other one
 * with a maatje (the rest wait for one). Each has an afspraak that took place
 * and one planned this week, consent for the gemeente on every subject, an open
 * signal, an overdracht to the begeleider and a line in the audit trail: each
 * page has `n`-sized data to load.
 */
async function maakWereld(n: number): Promise<Wereld> {
  const { organisatie, gemeente } = await maakOrganisatie();
  const team = await db().team.create({ data: { organisatieId: organisatie.id, naam: `Team ${n}` } });
  const [begeleider, vrijwilliger, teamleider, consulent, beheerder] = await Promise.all([
    maakGebruiker(organisatie.id, "BEGELEIDER", { teamId: team.id }),
    maakGebruiker(organisatie.id, "VRIJWILLIGER"),
    maakGebruiker(organisatie.id, "TEAMLEIDER", { teamId: team.id }),
    maakGebruiker(organisatie.id, "CONSULENT", { gemeenteIds: [gemeente.id] }),
    maakGebruiker(organisatie.id, "BEHEERDER"),
  ]);
  const nu = Date.now();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const metMaatje = i % 2 === 0;
    const p = await maakInburgeraar(organisatie.id, gemeente.id, {
      fase: i % 3 === 0 ? "OPSTARTFASE" : "BEGELEIDINGSFASE",
      // Spread so that both worlds have people due on the bellijst and people not yet due.
      brpInschrijvingDatum: new Date(nu - (60 + (i % 8) * 20) * DAG).toISOString().slice(0, 10),
      ...(metMaatje ? {} : { maatjeGewenstSinds: new Date(nu - (10 + i) * DAG) }),
    });
    ids.push(p.id);
    await wijsToe(p.id, begeleider.id, "BEGELEIDER");
    if (metMaatje) await wijsToe(p.id, vrijwilliger.id, "MAATJE");
  }
  await db().afspraak.createMany({
    data: ids.flatMap((id, i) => [
      // 5 to 68 days ago: in both worlds some have had contact too long ago.
      { inburgeraarId: id, medewerkerId: begeleider.id, start: new Date(nu - (5 + (i % 8) * 9) * DAG), type: "HUISBEZOEK" as const, status: "VOND_PLAATS" as const },
      { inburgeraarId: id, medewerkerId: begeleider.id, start: new Date(nu + (i % 5) * 3_600_000 + DAG), type: "HUISBEZOEK" as const, status: "GEPLAND" as const },
    ]),
  });
  await db().toestemming.createMany({
    data: ids.flatMap((id) =>
      ONDERWERPEN.map((onderwerp) => ({ inburgeraarId: id, onderwerp, ontvanger: "CONSULENT_GEMEENTE" as const, vastgelegdDoorId: begeleider.id, wijze: "MONDELING" as const, gegevenOp: new Date(nu - 30 * DAG) })),
    ),
  });
  await db().signaal.createMany({ data: ids.map((id) => ({ inburgeraarId: id, categorie: "SCHULDEN" as const, omschrijving: "Verzonnen zorg", gemeldDoorId: vrijwilliger.id })) });
  await db().overdracht.createMany({
    data: ids.map((id) => ({ inburgeraarId: id, type: "INTERN" as const, status: "VERSTUURD" as const, vanId: vrijwilliger.id, naarGebruikerId: begeleider.id, samenvatting: "Verzonnen overdracht", verstuurdOp: new Date(nu - DAG) })),
  });
  await db().auditLog.createMany({
    data: ids.map((id) => ({ actie: "dossier.bekeken", organisatieId: organisatie.id, gebruikerId: begeleider.id, entiteit: "Inburgeraar", entiteitId: id, inburgeraarId: id })),
  });
  return {
    begeleider: await sessionUser(begeleider.id),
    vrijwilliger: await sessionUser(vrijwilliger.id),
    teamleider: await sessionUser(teamleider.id),
    consulent: await sessionUser(consulent.id),
    beheerder: await sessionUser(beheerder.id),
    eerste: ids[0]!,
  };
}

const PAGINAS: [string, (w: Wereld) => Promise<unknown>][] = [
  ["begeleider: Mijn inburgeraars (/)", (w) => laadCaseloadStart(w.begeleider, {})],
  ["vrijwilliger: Mijn maatjes (/)", (w) => laadCaseloadStart(w.vrijwilliger, {})],
  ["teamleider: start (/)", (w) => laadTeamStart(w.teamleider)],
  ["consulent: Voortgang (/)", (w) => laadVoortgangStart(w.consulent, {})],
  ["teamleider: /inburgeraars", (w) => laadTeamLijstPagina(w.teamleider, {})],
  ["teamleider: /wachtlijst", (w) => getWachtlijst(w.teamleider, {})],
  ["teamleider: /bellijst", (w) => laadBellijstPagina(w.teamleider, 1)],
  ["beheerder: /beheer/audit", (w) => listAudit(w.beheerder, auditFilterSchema.parse({}))],
  ["beheerder: /beheer/audit?gebruiker=…", (w) => listAudit(w.beheerder, auditFilterSchema.parse({ gebruiker: "test" }))],
  ["begeleider: dossier (layout + overzicht)", async (w) => [await laadDossierKop(w.begeleider, w.eerste), await laadDossierOverzicht(w.begeleider, w.eerste)]],
  ["begeleider: /agenda", (w) => laadAgendaPagina(w.begeleider, agendaWeekStart({}, vandaag()))],
  ["begeleider: /vastleggen/[id]", (w) => laadVastleggenPagina(w.begeleider, w.eerste, undefined)],
];

describe("SQL-statements per pagina: gelijk voor 5 en voor 50 mensen", () => {
  let klein: Wereld;
  let groot: Wereld;
  beforeAll(async () => {
    klein = await maakWereld(5);
    groot = await maakWereld(50);
  }, 120_000);

  it("de sessiecheck is één statement", async () => {
    const geteld = await telStatements(() => laadSessie(klein.consulent.sessieId));
    expect(geteld.resultaat).toMatchObject({ ok: true, user: { id: klein.consulent.id, gemeenteIds: klein.consulent.gemeenteIds } });
    expect(geteld.statements).toHaveLength(1);
    // A minute later the activity time is written: the one allowed second statement.
    const later = await telStatements(() => laadSessie(klein.consulent.sessieId, new Date(Date.now() + 2 * 60_000)));
    expect(later.resultaat.ok).toBe(true);
    expect(later.aantal).toBe(2);
  });

  it.each(PAGINAS)("%s", async (_naam, laad) => {
    const a = await telStatements(() => laad(klein));
    const b = await telStatements(() => laad(groot));
    process.stdout.write(`[statements] ${_naam}: ${a.aantal} bij 5 mensen, ${b.aantal} bij 50\n`);
    // STATEMENTS_TONEN=1 prints them, to see where a page's statements go.
    if (process.env.STATEMENTS_TONEN) process.stdout.write(`${b.statements.map((x) => `  ${x.replace(/\s+/g, " ").slice(0, 200)}`).join("\n")}\n`);
    expect(a.aantal).toBeGreaterThan(0);
    const kort = (sql: string[]) => sql.map((x) => x.replace(/\s+/g, " ").slice(0, 160)).join("\n");
    expect(b.aantal, `5 mensen:\n${kort(a.statements)}\n\n50 mensen:\n${kort(b.statements)}`).toBe(a.aantal);
  });
});
