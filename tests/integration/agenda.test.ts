import { describe, expect, it } from "vitest";
import { GET as agendaFeed } from "@/app/api/agenda/[token]/route";
import { logAfspraak, planAfspraak } from "@/lib/afspraak/mutations";
import { maandagVan } from "@/lib/afspraak/rules";
import { hashAgendaToken, heeftAgendaToken, maakAgendaToken, trekAgendaTokenIn } from "@/lib/agenda/token";
import { getMijnWeek } from "@/lib/agenda/week";
import { db } from "@/lib/db";
import { plusDagen, vandaag } from "@/lib/tijd";
import { maakGebruiker, maakInburgeraar, maakTweeOrganisaties, sessionUser, wijsToe } from "../factories";

const sleutel = () => `test-${crypto.randomUUID()}`;
const morgen = () => plusDagen(vandaag(), 1);

async function wereld() {
  const w = await maakTweeOrganisaties();
  const [begeleider, vrijwilliger] = await Promise.all([sessionUser(w.gebruikers.begeleider.id), sessionUser(w.gebruikers.vrijwilliger.id)]);
  return { ...w, begeleider, vrijwilliger };
}

const feed = (token: string) => agendaFeed(new Request(`http://localhost/api/agenda/${token}`), { params: Promise.resolve({ token }) });

describe("weekagenda", () => {
  it("toont in de week alleen mijn afspraken voor mensen die ik nog begeleid", async () => {
    const w = await wereld();
    const dag = morgen();
    await planAfspraak(w.begeleider, { inburgeraarId: w.inburgeraarA.id, datum: dag, tijd: "10:00", type: "KANTOOR", aanvraagSleutel: sleutel() });
    await planAfspraak(w.vrijwilliger, { inburgeraarId: w.inburgeraarA.id, datum: dag, tijd: "12:00", type: "CHAT", aanvraagSleutel: sleutel() });
    const week = await getMijnWeek(w.begeleider, maandagVan(dag));
    expect(week.map((a) => a.type)).toEqual(["KANTOOR"]);
    await db().toewijzing.updateMany({ where: { inburgeraarId: w.inburgeraarA.id, gebruikerId: w.begeleider.id }, data: { tot: new Date(Date.now() - 1000) } });
    expect(await getMijnWeek(w.begeleider, maandagVan(dag))).toEqual([]);
  });
});

describe("agenda-link", () => {
  it("bewaart alleen de hash van de link; de link zelf staat nergens in de database", async () => {
    const w = await wereld();
    expect(await heeftAgendaToken(w.begeleider)).toBe(false);
    const token = await maakAgendaToken(w.begeleider);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rij = await db().gebruiker.findUniqueOrThrow({ where: { id: w.begeleider.id }, select: { agendaTokenHash: true } });
    expect(rij.agendaTokenHash).toBe(hashAgendaToken(token));
    expect(rij.agendaTokenHash).toMatch(/^[0-9a-f]{64}$/);
    // Not in any column of the user's row, nor in the audit trail.
    const treffers = await db().$queryRaw<{ n: number }[]>`
      SELECT (SELECT count(*) FROM "Gebruiker" g WHERE row_to_json(g)::text LIKE ${`%${token}%`})::int
           + (SELECT count(*) FROM "AuditLog" a WHERE row_to_json(a)::text LIKE ${`%${token}%`})::int AS n`;
    expect(treffers[0]!.n).toBe(0);
    expect(await heeftAgendaToken(w.begeleider)).toBe(true);
    expect(await db().auditLog.count({ where: { entiteitId: w.begeleider.id, actie: "agenda.token-gemaakt" } })).toBe(1);
  });

  it("de feed werkt met de link, niet met de hash zelf; een nieuwe link of intrekken maakt de oude ongeldig", async () => {
    const w = await wereld();
    await planAfspraak(w.begeleider, { inburgeraarId: w.inburgeraarA.id, datum: morgen(), tijd: "10:00", type: "KANTOOR", aanvraagSleutel: sleutel() });
    const token = await maakAgendaToken(w.begeleider);
    const res = await feed(token);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/calendar/);
    expect((await res.text()).match(/BEGIN:VEVENT/g)).toHaveLength(1);

    const hash = hashAgendaToken(token);
    expect((await feed(hash)).status).toBe(404);
    expect((await feed(hash.slice(0, 43))).status).toBe(404);

    const nieuw = await maakAgendaToken(w.begeleider);
    expect((await feed(token)).status).toBe(404);
    expect((await feed(nieuw)).status).toBe(200);
    await trekAgendaTokenIn(w.begeleider);
    expect((await feed(nieuw)).status).toBe(404);
    expect(await heeftAgendaToken(w.begeleider)).toBe(false);
    expect((await feed("x".repeat(43))).status).toBe(404);
  });

  it("de feed bevat alleen soort, voornaam met initiaal en tijd: geen locatie, onderwerp, verslag of afspraken van anderen", async () => {
    const w = await wereld();
    await db().inburgeraar.update({ where: { id: w.inburgeraarA.id }, data: { voornaam: "Amina", achternaam: "van der Haddad" } });
    const collega = await maakGebruiker(w.a.organisatie.id, "BEGELEIDER");
    await wijsToe(w.inburgeraarA.id, collega.id, "BEGELEIDER");
    const collegaUser = await sessionUser(collega.id);
    const anderePersoon = await maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id);
    await wijsToe(anderePersoon.id, collega.id, "BEGELEIDER");

    const locatie = "MARKERLOCATIE Dorpsstraat 12, Tholen";
    const onderwerp = "MARKERONDERWERP schuldhulp";
    await planAfspraak(w.begeleider, {
      inburgeraarId: w.inburgeraarA.id, datum: morgen(), tijd: "10:00", type: "HUISBEZOEK", locatie, onderwerp, metTolk: true, tolkTaal: "Arabisch", aanvraagSleutel: sleutel(),
    });
    expect(await db().afspraak.count({ where: { inburgeraarId: w.inburgeraarA.id, locatie, onderwerp } })).toBe(1);
    await planAfspraak(collegaUser, { inburgeraarId: anderePersoon.id, datum: morgen(), tijd: "13:00", type: "KANTOOR", aanvraagSleutel: sleutel() });
    await logAfspraak(w.begeleider, {
      inburgeraarId: w.inburgeraarA.id, datum: vandaag(), tijd: "00:00", type: "TELEFONISCH", status: "VOND_PLAATS", verslag: "MARKERVERSLAG", aanvraagSleutel: sleutel(),
    });

    const ics = await (await feed(await maakAgendaToken(w.begeleider))).text();
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain("SUMMARY:Huisbezoek: Amina H. (met tolk)");
    expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    const ontvouwen = ics.replace(/\r\n /g, "");
    for (const geheim of ["MARKER", "Dorpsstraat", "Tholen", "schuldhulp", "Haddad", "Arabisch", "Kantoor"]) expect(ontvouwen).not.toContain(geheim);
    expect(ontvouwen).not.toMatch(/^(LOCATION|DESCRIPTION)[:;]/m);
  });

  it("de feed werkt niet meer voor een gedeactiveerde gebruiker", async () => {
    const w = await wereld();
    const token = await maakAgendaToken(w.begeleider);
    await db().gebruiker.update({ where: { id: w.begeleider.id }, data: { actief: false } });
    expect((await feed(token)).status).toBe(404);
  });
});
