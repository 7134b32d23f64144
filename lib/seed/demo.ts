import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { encryptBsn, hashBsn } from "@/lib/crypto/bsn";
import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { AfspraakStatus, AfspraakType, ChecklistCategorie, ChecklistStatus, Leefgebied } from "@/lib/db/generated/enums";
import { gelogdeDuur } from "@/lib/afspraak/rules";
import type { AuditActieNaam, AuditDetails } from "@/lib/audit/acties";
import type { LogStatus } from "@/lib/afspraak/labels";
import { FASE_ACTIES, type FaseActie } from "@/lib/inburgeraar/fase-rules";
import { bepaalRechtOpBegeleiding, berekenEinddatum } from "@/lib/inburgeraar/rules";
import { genereerChecklist, type TemplateInvoer } from "@/lib/opstart/rules";
import { checklistTemplatesVoorGemeente } from "@/lib/opstart/templates";
import type { PlanInhoud } from "@/lib/plan/rules";
import {
  amsterdamNaarInstant,
  dagenTussen,
  dateKolomNaarKalenderdatum,
  kalenderdatumNaarDate,
  plusDagen,
  plusMaanden,
  vandaag,
  type Kalenderdatum,
} from "@/lib/tijd";
import { DEMO_ORGANISATIE, DEMO_PASSWORD } from "./accounts";
import { seedDelen } from "./delen";
import { seedSocialeKaartEnOverleg } from "./sociale-kaart-overleg";
import { seedTeamleiderBureau } from "./teamleider-bureau";
import { seedDemoTweestaps } from "./tweestaps";
import { Toeval } from "./toeval";
import {
  DOELEN,
  ORGANISATIES,
  PERSONEN,
  PLAN_TEKSTEN,
  SOCIALE_KAART,
  STRATEN,
  VERSLAGEN,
  type GemeenteDef,
  type GebruikerDef,
  type PersoonDef,
} from "./data";

/**
 * Fills an empty database with the demo world (lib/seed/data.ts): eight
 * organisations with their gemeenten and settings, users of every role, 47
 * invented inburgeraars in every phase with checklists, afspraken, plans,
 * signalen, toestemmingen and verlengingen — dated relative to `now`.
 *
 * Deterministic (seeded PRNG; only BSN ciphertexts and the password hash
 * differ between runs), idempotent (does nothing when a demo organisation
 * exists) and all-or-nothing (one transaction).
 */
export async function seedDemo(prisma: Db, options: { now?: Date } = {}): Promise<{ created: boolean }> {
  const organisatieNamen = ORGANISATIES.map((o) => o.naam);
  const bestaand = () => prisma.organisatie.count({ where: { naam: { in: organisatieNamen } } });
  if ((await bestaand()) > 0) return { created: false };
  const wachtwoordHash = await hashPassword(DEMO_PASSWORD);
  return prisma.$transaction(
    async (tx) => {
      // Checked again inside the transaction: another process may have seeded meanwhile.
      if ((await tx.organisatie.count({ where: { naam: { in: organisatieNamen } } })) > 0) return { created: false };
      const now = options.now ?? new Date();
      await new DemoSeed(tx, now, wachtwoordHash).run();
      await seedTeamleiderBureau(tx, now, wachtwoordHash);
      await seedDelen(tx, now);
      await seedDemoTweestaps(tx, now);
      await seedSocialeKaartEnOverleg(tx, now);
      return { created: true };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** True when the demo organisation exists (used by the start-up message). */
export async function heeftDemoData(prisma: Db): Promise<boolean> {
  return (await prisma.organisatie.count({ where: { naam: DEMO_ORGANISATIE } })) > 0;
}

// ───────────────────────────── randomness ─────────────────────────────

/** cuid-shaped ids from their own PRNG, so adding a row elsewhere does not shift them. */
function idMaker(seed: number): () => string {
  const toeval = new Toeval(seed);
  const tekens = "0123456789abcdefghijklmnopqrstuvwxyz";
  return () => {
    let id = "c";
    for (let i = 0; i < 24; i++) id += tekens[Math.floor(toeval.getal() * 36)];
    return id;
  };
}

/** A BSN in the 9999xxxxx test range that passes the 11-proef. */
function testBsn(toeval: Toeval): string {
  for (;;) {
    const cijfers = [9, 9, 9, 9, ...Array.from({ length: 4 }, () => toeval.tussen(0, 9))];
    const som = cijfers.reduce((s, c, i) => s + (9 - i) * c, 0);
    const controle = som % 11;
    if (controle < 10) return [...cijfers, controle].join("");
  }
}

// ───────────────────────────── the seed ─────────────────────────────

interface GemeenteRij extends GemeenteDef {
  id: string;
  organisatieId: string;
  templates: TemplateInvoer[];
  socialeKaart: Array<{ id: string; naam: string }>;
}

type Rows = {
  organisaties: Prisma.OrganisatieCreateManyInput[];
  gemeenten: Prisma.GemeenteCreateManyInput[];
  teams: Prisma.TeamCreateManyInput[];
  gebruikers: Prisma.GebruikerCreateManyInput[];
  gebruikerGemeenten: Prisma.GebruikerGemeenteCreateManyInput[];
  vrijwilligers: Prisma.VrijwilligerProfielCreateManyInput[];
  templates: Prisma.ChecklistTemplateCreateManyInput[];
  templateItems: Prisma.ChecklistTemplateItemCreateManyInput[];
  socialeKaart: Prisma.SocialeKaartOrganisatieCreateManyInput[];
  inburgeraars: Prisma.InburgeraarCreateManyInput[];
  huishouden: Prisma.HuishoudlidCreateManyInput[];
  toewijzingen: Prisma.ToewijzingCreateManyInput[];
  toeslagen: Prisma.ToeslagAanvraagCreateManyInput[];
  afspraken: Prisma.AfspraakCreateManyInput[];
  checklist: Prisma.ChecklistItemCreateManyInput[];
  plannen: Prisma.BegeleidingsplanCreateManyInput[];
  planLeefgebieden: Prisma.PlanLeefgebiedCreateManyInput[];
  meetmomenten: Prisma.MeetmomentCreateManyInput[];
  planVersies: Prisma.PlanVersieCreateManyInput[];
  afspraakDoelen: Prisma.AfspraakDoelCreateManyInput[];
  scores: Prisma.LeefgebiedScoreCreateManyInput[];
  doelen: Prisma.DoelCreateManyInput[];
  acties: Prisma.ActieCreateManyInput[];
  signalen: Prisma.SignaalCreateManyInput[];
  signaalActies: Prisma.SignaalActieCreateManyInput[];
  meldcodes: Prisma.MeldcodeCreateManyInput[];
  overdrachten: Prisma.OverdrachtCreateManyInput[];
  toestemmingen: Prisma.ToestemmingCreateManyInput[];
  verlengingen: Prisma.VerlengingCreateManyInput[];
  audit: Prisma.AuditLogCreateManyInput[];
};

/** The dates of one person's trajectory, as calendar dates. */
interface Tijdlijn {
  koppeling: Kalenderdatum;
  regeldag: Kalenderdatum | null;
  verhuis: Kalenderdatum | null;
  brp: Kalenderdatum | null;
  opstartEinde: Kalenderdatum | null;
  einddatum: Kalenderdatum | null;
  afgesloten: Kalenderdatum | null;
  /** The date from which new contacts stop (today, or the closing date). */
  tot: Kalenderdatum;
}

const TIJDEN = ["09:30", "10:00", "11:00", "13:30", "14:00", "15:30"];
/** Every half hour a contact may start at, when the wanted time is taken. */
const HALVE_UREN = Array.from({ length: 23 }, (_, i) => `${String(8 + Math.floor((i + 1) / 2)).padStart(2, "0")}:${(i + 1) % 2 ? "30" : "00"}`);

class DemoSeed {
  private readonly toeval = new Toeval(20_260_301);
  /** Own PRNG for the plan's newer details (own scores, targets), so the rest of the world stays as it was. */
  private readonly planToeval = new Toeval(8_032_026);
  private readonly id = idMaker(461_730);
  private readonly vandaag: Kalenderdatum;
  private readonly rows: Rows = {
    organisaties: [],
    gemeenten: [],
    teams: [],
    gebruikers: [],
    gebruikerGemeenten: [],
    vrijwilligers: [],
    templates: [],
    templateItems: [],
    socialeKaart: [],
    inburgeraars: [],
    huishouden: [],
    toewijzingen: [],
    toeslagen: [],
    afspraken: [],
    checklist: [],
    plannen: [],
    planLeefgebieden: [],
    meetmomenten: [],
    planVersies: [],
    afspraakDoelen: [],
    scores: [],
    doelen: [],
    acties: [],
    signalen: [],
    signaalActies: [],
    meldcodes: [],
    overdrachten: [],
    toestemmingen: [],
    verlengingen: [],
    audit: [],
  };
  private readonly gemeenten = new Map<string, GemeenteRij>();
  private readonly gebruikers = new Map<string, GebruikerDef & { id: string; organisatieId: string }>();
  private readonly teamleiderVan = new Map<string, string>();
  private readonly personen = new Map<string, { id: string; def: PersoonDef; tijdlijn: Tijdlijn }>();
  /** Busy intervals [start, end) in ms per medewerker ("m:id") and per inburgeraar ("i:id"). */
  private readonly bezet = new Map<string, Array<[number, number]>>();

  constructor(
    private readonly tx: Tx,
    private readonly now: Date,
    private readonly wachtwoordHash: string,
  ) {
    this.vandaag = vandaag(now);
  }

  async run() {
    this.organisaties();
    for (const def of PERSONEN) this.persoon(def);
    this.signalen();
    this.geschiedenis();
    this.tijdstempels();
    this.signaalOpvolging();
    await this.schrijf();
  }

  // ── helpers ──

  private dag(offset: number): Kalenderdatum {
    return plusDagen(this.vandaag, offset);
  }

  private datum(d: Kalenderdatum): Date {
    return kalenderdatumNaarDate(d);
  }

  private datumOfNull(d: Kalenderdatum | null): Date | null {
    return d ? kalenderdatumNaarDate(d) : null;
  }

  /** A weekday on or after `d` (appointments are not in the weekend). */
  private werkdag(d: Kalenderdatum): Kalenderdatum {
    const dag = kalenderdatumNaarDate(d).getUTCDay();
    return dag === 6 ? plusDagen(d, 2) : dag === 0 ? plusDagen(d, 1) : d;
  }

  private moment(d: Kalenderdatum, tijd = this.toeval.kies(TIJDEN)): Date {
    return amsterdamNaarInstant(d, tijd);
  }

  private min(a: Kalenderdatum, b: Kalenderdatum) {
    return a < b ? a : b;
  }

  /**
   * The first free start on `datum` from `tijd` on (then earlier that day, then
   * the next working days) at which neither the medewerker nor the inburgeraar
   * has another afspraak: nobody is in two places at once. Takes the slot.
   */
  private vrijMoment(medewerkerId: string, inburgeraarId: string, datum: Kalenderdatum, tijd: string, duur: number) {
    const sleutels = [`m:${medewerkerId}`, `i:${inburgeraarId}`];
    const vrij = (start: number) =>
      sleutels.every((k) => (this.bezet.get(k) ?? []).every(([s, e]) => start + duur * 60_000 <= s || e <= start));
    let dag = datum;
    for (let poging = 0; poging < 30; poging++) {
      const vanaf = HALVE_UREN.findIndex((h) => h >= tijd);
      const tijden = [tijd, ...HALVE_UREN.slice(Math.max(vanaf, 0)), ...HALVE_UREN.slice(0, Math.max(vanaf, 0))];
      for (const t of tijden) {
        const start = amsterdamNaarInstant(dag, t).getTime();
        if (!vrij(start)) continue;
        for (const k of sleutels) this.bezet.set(k, [...(this.bezet.get(k) ?? []), [start, start + duur * 60_000]]);
        return { datum: dag, start: new Date(start) };
      }
      dag = this.werkdag(plusDagen(dag, 1));
    }
    throw new Error(`Seed: geen vrij moment voor ${medewerkerId} rond ${datum}`);
  }

  private gebruiker(sleutel: string) {
    const g = this.gebruikers.get(sleutel);
    if (!g) throw new Error(`Seed: onbekende gebruiker ${sleutel}`);
    return g;
  }

  // ── organisations, gemeenten, users ──

  private organisaties() {
    for (const org of ORGANISATIES) {
      const organisatieId = this.id();
      this.rows.organisaties.push({ id: organisatieId, naam: org.naam });
      const teamIds = new Map<string, string>();
      for (const team of org.teams) {
        const id = this.id();
        teamIds.set(team, id);
        this.rows.teams.push({ id, organisatieId, naam: team });
      }
      for (const g of org.gemeenten) this.gemeente(organisatieId, g);
      for (const u of org.gebruikers) {
        const id = this.id();
        this.gebruikers.set(u.sleutel, { ...u, id, organisatieId });
        if (u.rol === "TEAMLEIDER") this.teamleiderVan.set(organisatieId, id);
        this.rows.gebruikers.push({
          id,
          organisatieId,
          teamId: u.team ? teamIds.get(u.team) : null,
          email: u.email,
          naam: u.naam,
          rol: u.rol,
          wachtwoordHash: this.wachtwoordHash,
          actief: true,
        });
        for (const gemeente of u.gemeenten ?? []) {
          this.rows.gebruikerGemeenten.push({ gebruikerId: id, gemeenteId: this.gemeenten.get(gemeente)!.id });
        }
        if (u.vrijwilliger) {
          const v = u.vrijwilliger;
          this.rows.vrijwilligers.push({
            id: this.id(),
            gebruikerId: id,
            talen: v.talen,
            taken: v.taken,
            urenPerWeek: v.urenPerWeek,
            maxMaatjes: v.maxMaatjes,
            vogDatum: v.vogJarenGeleden === null ? null : this.datum(this.dag(-365 * v.vogJarenGeleden - this.toeval.tussen(20, 120))),
            trainingAfgerondOp:
              v.trainingMaandenGeleden === null ? null : this.datum(plusMaanden(this.vandaag, -v.trainingMaandenGeleden)),
            beschikbaarheid: v.beschikbaarheid,
          });
        }
      }
    }
  }

  private gemeente(organisatieId: string, g: GemeenteDef) {
    const id = this.id();
    this.rows.gemeenten.push({
      id,
      organisatieId,
      naam: g.naam,
      cbsCode: g.cbsCode,
      looptijdMaanden: g.looptijdMaanden,
      opstartfaseWeken: g.opstartfaseWeken,
      meetmomentenMaanden: g.meetmomentenMaanden,
      contactNormDagen: g.contactNormDagen,
      bellijstIntervalDagen: g.bellijstIntervalDagen,
      taakstelling: g.taakstelling,
      spreekuur: g.spreekuur,
    });
    const templates: TemplateInvoer[] = [];
    for (const t of checklistTemplatesVoorGemeente(g.naam)) {
      const templateId = this.id();
      this.rows.templates.push({ id: templateId, gemeenteId: id, naam: t.naam, doelgroep: t.doelgroep });
      const items = t.items.map((item, i) => ({
        id: this.id(),
        code: item.code,
        titel: item.titel,
        categorieen: item.categorieen,
        verplicht: item.verplicht,
        alleenMetKinderen: item.alleenMetKinderen ?? false,
        deadlineDagenNaBrp: item.deadlineDagenNaBrp ?? null,
        volgorde: (i + 1) * 10,
      }));
      for (const item of items) {
        const uitleg = t.items.find((d) => d.code === item.code)?.uitleg ?? null;
        this.rows.templateItems.push({ ...item, templateId, uitleg });
      }
      templates.push({ id: templateId, doelgroep: t.doelgroep, items });
    }
    const slug = g.naam.toLowerCase().replace(/[^a-z]+/g, "-");
    const socialeKaart: GemeenteRij["socialeKaart"] = [];
    for (const s of SOCIALE_KAART) {
      if (s.alleen && !s.alleen.includes(g.naam)) continue;
      const naam = s.naam(g.naam);
      const sid = this.id();
      socialeKaart.push({ id: sid, naam });
      this.rows.socialeKaart.push({
        id: sid,
        organisatieId,
        gemeenteId: id,
        naam,
        leefgebieden: s.leefgebieden,
        omschrijving: s.omschrijving,
        email: `info@${naam.toLowerCase().replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "")}.${slug}.wegwijs.test`,
        talen: s.talen ?? [],
        openingstijden: s.openingstijden ?? null,
      });
    }
    this.gemeenten.set(g.naam, { ...g, id, organisatieId, templates, socialeKaart });
  }

  // ── one inburgeraar ──

  private tijdlijn(def: PersoonDef, g: GemeenteRij): Tijdlijn {
    const t = this.toeval;
    if (def.fase === "AANGEMELD") {
      const koppeling = this.dag(-(def.koppelingDagen ?? 14));
      const regeldag = def.regeldagOverDagen === undefined ? null : this.werkdag(this.dag(def.regeldagOverDagen));
      return { koppeling, regeldag, verhuis: null, brp: null, opstartEinde: null, einddatum: null, afgesloten: null, tot: this.vandaag };
    }
    const brp = this.dag(-(def.brpDagen ?? 30));
    const regeldag = this.werkdag(plusDagen(brp, -t.tussen(9, 15)));
    const koppeling = plusDagen(regeldag, -(g.naam === "Groningen" ? t.tussen(60, 110) : t.tussen(25, 70)));
    const verhuis = plusDagen(brp, -t.tussen(0, 2));
    let opstartEinde: Kalenderdatum | null = null;
    if (def.fase !== "OPSTARTFASE") {
      const gepland = plusDagen(brp, g.opstartfaseWeken * 7 + t.tussen(-7, 14));
      opstartEinde = this.min(gepland, this.dag(-5));
    }
    const verlengd = def.verlenging?.status === "GOEDGEKEURD" ? [6] : [];
    const einddatum = berekenEinddatum({ brpInschrijvingDatum: brp, looptijdMaanden: g.looptijdMaanden, verlengingenMaanden: verlengd });
    let afgesloten: Kalenderdatum | null = null;
    if (def.fase === "AFGESLOTEN") afgesloten = this.min(plusDagen(einddatum!, t.tussen(0, 14)), this.dag(-3));
    return { koppeling, regeldag, verhuis, brp, opstartEinde, einddatum, afgesloten, tot: afgesloten ?? this.vandaag };
  }

  private persoon(def: PersoonDef) {
    const t = this.toeval;
    const g = this.gemeenten.get(def.gemeente);
    if (!g) throw new Error(`Seed: onbekende gemeente ${def.gemeente}`);
    const id = this.id();
    const tijdlijn = this.tijdlijn(def, g);
    this.personen.set(`${def.voornaam} ${def.achternaam}`, { id, def, tijdlijn });
    const teamleider = this.teamleiderVan.get(g.organisatieId)!;
    const bsn = testBsn(t);
    const woont = tijdlijn.verhuis !== null;
    const faseSinds =
      def.fase === "AANGEMELD"
        ? tijdlijn.koppeling
        : def.fase === "OPSTARTFASE"
          ? tijdlijn.brp!
          : def.fase === "BEGELEIDINGSFASE"
            ? tijdlijn.opstartEinde!
            : def.fase === "AFRONDING"
              ? this.min(plusDagen(tijdlijn.einddatum!, -30), this.dag(-2))
              : tijdlijn.afgesloten!;
    // Dates of the inburgering itself: the brede intake often comes late.
    const naBrp = (dagen: number): Kalenderdatum | null => {
      if (!tijdlijn.brp) return null;
      const d = plusDagen(tijdlijn.brp, dagen);
      return d <= this.vandaag ? d : null;
    };
    const intakeNa = t.tussen(25, 110);
    const pipNa = intakeNa + t.tussen(20, 50);
    const leerrouteNa = pipNa + t.tussen(14, 45);

    this.rows.inburgeraars.push({
      id,
      organisatieId: g.organisatieId,
      gemeenteId: g.id,
      voornaam: def.voornaam,
      achternaam: def.achternaam,
      geboortedatum: this.datum(plusDagen(plusMaanden(this.vandaag, -12 * def.leeftijd), -t.tussen(0, 360))),
      bsnVersleuteld: encryptBsn(bsn),
      bsnHash: hashBsn(bsn),
      vNummer: String(t.tussen(1_000_000_000, 9_999_999_999)),
      landVanHerkomst: def.land,
      talen: def.talen,
      tolkNodig: def.tolkNodig,
      tolkTaal: def.tolkNodig ? def.talen[0] : null,
      telefoon: `06-0000${String(t.tussen(0, 9999)).padStart(4, "0")}`,
      email: t.kans(0.4)
        ? `${def.voornaam}.${def.achternaam}`.toLowerCase().replace(/[^a-z.]+/g, "") + "@voorbeeld.test"
        : null,
      straat: woont ? t.kies(STRATEN) : null,
      huisnummer: woont ? String(t.tussen(1, 180)) : null,
      postcode: woont ? `${g.postcode}${t.tussen(10, 99)} ${t.kies(["AB", "CD", "EK", "GH", "LM", "PR", "ST", "XZ"])}` : null,
      woonplaats: woont ? g.naam : null,
      verblijfsvergunning: def.vergunning,
      redenZonderWettelijkRecht: def.redenZonderWettelijkRecht ?? null,
      doelgroepen: def.doelgroepen ?? [],
      fase: def.fase,
      faseSinds: this.moment(faseSinds, "12:00"),
      koppelingDatum: this.datum(tijdlijn.koppeling),
      woningtoewijzingDatum: this.datumOfNull(tijdlijn.regeldag),
      verhuisDatum: this.datumOfNull(tijdlijn.verhuis),
      brpInschrijvingDatum: this.datumOfNull(tijdlijn.brp),
      uitkeringStartDatum: this.datumOfNull(naBrp(t.tussen(7, 20))),
      bredeIntakeDatum: this.datumOfNull(naBrp(intakeNa)),
      pipVastgesteldDatum: this.datumOfNull(naBrp(pipNa)),
      startLeerrouteDatum: this.datumOfNull(naBrp(leerrouteNa)),
      eersteLesDatum: this.datumOfNull(naBrp(leerrouteNa + t.tussen(0, 14))),
      einddatum: this.datumOfNull(tijdlijn.einddatum),
      opstartAfgeslotenOp: tijdlijn.opstartEinde ? this.moment(tijdlijn.opstartEinde, "16:00") : null,
      afgeslotenOp: tijdlijn.afgesloten ? this.moment(tijdlijn.afgesloten, "16:30") : null,
      isTestdata: true,
      aangemaaktDoorId: teamleider,
      createdAt: this.moment(tijdlijn.koppeling, "09:00"),
    });

    this.huishouden(id, def);
    this.toewijzingen(id, def, tijdlijn, teamleider);
    const regeldagAfspraak = this.afspraken(id, def, g, tijdlijn);
    if (tijdlijn.brp) {
      this.checklist(id, def, g, tijdlijn, regeldagAfspraak);
      this.toeslagen(id, def, tijdlijn);
      this.toestemmingen(id, def, tijdlijn);
    }
    if (tijdlijn.opstartEinde && g.meetmomentenMaanden.length > 0) this.plan(id, def, g, tijdlijn);
    else if (def.fase === "OPSTARTFASE" && tijdlijn.brp && g.meetmomentenMaanden.length > 0) this.nulmetingInOpstart(id, def, tijdlijn);
    this.overdrachten(id, def, g, tijdlijn);
    this.verlenging(id, def, tijdlijn, teamleider);
  }

  private huishouden(inburgeraarId: string, def: PersoonDef) {
    for (const lid of def.huishouden ?? []) {
      this.rows.huishouden.push({
        id: this.id(),
        inburgeraarId,
        voornaam: lid.voornaam,
        achternaam: lid.relatie === "KIND" ? def.achternaam : null,
        geboortedatum: this.datum(plusDagen(plusMaanden(this.vandaag, -12 * lid.leeftijd), -this.toeval.tussen(0, 360))),
        relatie: lid.relatie,
        isNareiziger: lid.nareizigerOverDagen !== undefined,
        verwachteAankomst: lid.nareizigerOverDagen === undefined ? null : this.datum(this.dag(lid.nareizigerOverDagen)),
        school: lid.school ?? null,
      });
    }
  }

  private toewijzingen(inburgeraarId: string, def: PersoonDef, tl: Tijdlijn, teamleider: string) {
    const eind = tl.afgesloten ? this.moment(tl.afgesloten, "17:00") : null;
    const start = tl.regeldag && tl.regeldag <= this.vandaag ? tl.regeldag : this.min(plusDagen(tl.koppeling, 3), this.vandaag);
    const opstartDoor = def.opstart ?? def.begeleider;
    if (opstartDoor) {
      this.rows.toewijzingen.push({
        id: this.id(),
        inburgeraarId,
        gebruikerId: this.gebruiker(opstartDoor).id,
        rol: "OPSTART",
        vanaf: this.moment(plusDagen(start, -2), "09:00"),
        tot: tl.opstartEinde ? this.moment(tl.opstartEinde, "16:00") : eind,
        toegewezenDoorId: teamleider,
      });
    }
    if (def.begeleider && tl.opstartEinde) {
      this.rows.toewijzingen.push({
        id: this.id(),
        inburgeraarId,
        gebruikerId: this.gebruiker(def.begeleider).id,
        rol: "BEGELEIDER",
        vanaf: this.moment(tl.opstartEinde, "16:00"),
        tot: eind,
        toegewezenDoorId: teamleider,
      });
    }
    if (def.maatje && (tl.opstartEinde || def.maatjeInOpstart)) {
      this.rows.toewijzingen.push({
        id: this.id(),
        inburgeraarId,
        gebruikerId: this.gebruiker(def.maatje).id,
        rol: "MAATJE",
        vanaf: this.moment(this.min(plusDagen(tl.opstartEinde ?? plusDagen(start, 14), 10), this.vandaag), "10:00"),
        tot: eind,
        toegewezenDoorId: teamleider,
        reden: "Gekoppeld op taal en beschikbaarheid",
      });
    }
  }

  // ── afspraken ──

  /** Returns the id of the regeldag afspraak (checklist items point at it). */
  private afspraken(inburgeraarId: string, def: PersoonDef, g: GemeenteRij, tl: Tijdlijn): string | null {
    const t = this.toeval;
    const opstartDoor = def.opstart ?? def.begeleider;
    // Notes about children only for someone with children.
    const heeftKinderen = (def.huishouden ?? []).some((l) => l.relatie === "KIND");
    const begeleidingVerslagen = heeftKinderen ? [...VERSLAGEN.begeleiding, ...VERSLAGEN.begeleidingMetKinderen] : VERSLAGEN.begeleiding;
    const maatjeVerslagen = heeftKinderen ? [...VERSLAGEN.maatje, ...VERSLAGEN.maatjeMetKinderen] : VERSLAGEN.maatje;
    let regeldagId: string | null = null;
    const log = (a: {
      medewerker: string;
      datum: Kalenderdatum;
      type: AfspraakType;
      verslag?: string;
      onderwerp: string;
      leefgebieden?: Leefgebied[];
      status?: AfspraakStatus;
      duur?: number;
      isEindgesprek?: boolean;
      tijd?: string;
    }): string => {
      const medewerker = this.gebruiker(a.medewerker);
      const gewenst = a.tijd ?? t.kies(TIJDEN);
      const gepland = a.duur ?? t.kies([30, 45, 60, 60, 90]);
      const id = this.id();
      const { datum, start } = this.vrijMoment(medewerker.id, inburgeraarId, a.datum, gewenst, gepland);
      // Only the past has been logged (a slot moved to today stays planned).
      const status: AfspraakStatus = datum < this.vandaag ? (a.status ?? "VOND_PLAATS") : "GEPLAND";
      // Logged the way the app logs it: a no-show has no duration.
      const duur = status === "GEPLAND" ? gepland : gelogdeDuur(a.type, status as LogStatus, gepland);
      const spreektTaal = medewerker.vrijwilliger?.talen.includes(def.talen[0]!) ?? false;
      const metTolk = def.tolkNodig && !spreektTaal && a.type !== "CHAT";
      this.rows.afspraken.push({
        id,
        inburgeraarId,
        medewerkerId: medewerker.id,
        start,
        duurMinuten: duur,
        type: a.type,
        locatie:
          a.type === "HUISBEZOEK"
            ? "Bij de inburgeraar thuis"
            : a.type === "TELEFONISCH" || a.type === "CHAT"
              ? null
              : a.type === "EXTERNE_AFSPRAAK"
                ? "Gemeentehuis / externe instantie"
                : g.kantoor,
        metTolk,
        tolkTaal: metTolk ? def.talen[0] : null,
        status,
        onderwerp: a.onderwerp,
        verslag: status === "VOND_PLAATS" ? (a.verslag ?? null) : status === "NIET_VERSCHENEN" ? "Niet verschenen; later gebeld, niet bereikt." : null,
        leefgebieden: a.leefgebieden ?? [],
        isEindgesprek: a.isEindgesprek ?? false,
        gelogdDoorId: status === "GEPLAND" ? null : medewerker.id,
        gelogdOp: status === "GEPLAND" ? null : new Date(Math.min(start.getTime() + ((duur ?? 0) + t.tussen(30, 240)) * 60_000, this.now.getTime())),
        createdAt: new Date(Math.min(start.getTime(), this.now.getTime()) - t.tussen(2, 10) * 86_400_000),
      });
      return id;
    };

    // Regeldag (woningtoewijzing), planned or done.
    if (tl.regeldag && opstartDoor) {
      regeldagId = log({
        medewerker: opstartDoor,
        datum: tl.regeldag,
        type: "REGELDAG",
        onderwerp: "Regeldag: woningtoewijzing",
        verslag: VERSLAGEN.regeldag,
        leefgebieden: ["WONEN", "FINANCIEN_ADMINISTRATIE"],
        duur: 180,
        tijd: "09:30",
      });
    } else if (def.fase === "AANGEMELD" && opstartDoor) {
      // Groningen: a volunteer searches housing from the koppeling on.
      log({
        medewerker: opstartDoor,
        datum: this.werkdag(plusDagen(tl.koppeling, 7)),
        type: "KANTOOR",
        onderwerp: "Kennismaking en woning zoeken",
        verslag: "Kennismaking in het azc. Ingeschreven bij WoningNet; urgentie aangevraagd.",
        leefgebieden: ["WONEN"],
      });
    }
    if (!tl.brp || !opstartDoor) return regeldagId;

    // Opstartfase: fixed appointments at the gemeente's rhythm.
    const opstartTot = tl.opstartEinde ?? this.vandaag;
    let d = plusDagen(tl.brp, t.tussen(2, Math.min(5, g.opstartIntervalDagen)));
    let laatste: Kalenderdatum | null = null;
    let nummer = 0;
    while (d < opstartTot) {
      const dag = this.werkdag(d);
      if (dag >= opstartTot) break;
      log({
        medewerker: opstartDoor,
        datum: dag,
        type: t.kans(0.3) ? "HUISBEZOEK" : "KANTOOR",
        onderwerp: `Opstartfase: afspraak ${++nummer + 1}`,
        verslag: VERSLAGEN.opstart[nummer % VERSLAGEN.opstart.length],
        leefgebieden: t.kies<Leefgebied[]>([["FINANCIEN_ADMINISTRATIE"], ["WONEN"], ["ZORG_GEZONDHEID"], ["FINANCIEN_ADMINISTRATIE", "WONEN"]]),
        status: t.kans(0.06) ? "NIET_VERSCHENEN" : undefined,
      });
      laatste = dag;
      d = plusDagen(dag, g.opstartIntervalDagen + t.tussen(-1, 2));
    }
    if (def.fase === "OPSTARTFASE") {
      const volgende = this.werkdag(this.dag(t.tussen(1, Math.max(2, g.opstartIntervalDagen))));
      if (!laatste || volgende > laatste) {
        log({ medewerker: opstartDoor, datum: volgende, type: "KANTOOR", onderwerp: "Opstartfase: vervolgafspraak checklist" });
      }
      return regeldagId;
    }

    // Begeleidingsfase: proactive contact; sparser longer ago.
    const begeleider = def.begeleider!;
    const norm = g.contactNormDagen;
    const bellijst = g.bellijstIntervalDagen !== null && !def.maatje;
    const stop = def.nietGezien
      ? this.dag(-(norm + t.tussen(15, 35)))
      : def.fase === "AFGESLOTEN"
        ? plusDagen(tl.tot, -10)
        : tl.tot;
    d = plusDagen(tl.opstartEinde!, t.tussen(5, 12));
    while (d < stop) {
      const dag = this.werkdag(d);
      if (dag >= stop) break;
      const lang = dagenTussen(dag, this.vandaag) > 180;
      if (bellijst) {
        log({ medewerker: begeleider, datum: dag, type: "TELEFONISCH", onderwerp: "Bellijst", verslag: VERSLAGEN.bellijst, duur: 15, leefgebieden: ["SOCIAAL_NETWERK"] });
        d = plusDagen(dag, g.bellijstIntervalDagen!);
        continue;
      }
      const type = t.kies<AfspraakType>(["KANTOOR", "HUISBEZOEK", "TELEFONISCH", "CHAT", "SPREEKUUR", "KANTOOR"]);
      log({
        medewerker: begeleider,
        datum: dag,
        type,
        onderwerp: type === "SPREEKUUR" ? "Vraag op het spreekuur" : "Begeleidingsgesprek",
        verslag: t.kies(begeleidingVerslagen),
        leefgebieden: [t.kies<Leefgebied>(["FINANCIEN_ADMINISTRATIE", "WONEN", "PARTICIPATIE", "ZORG_GEZONDHEID", "SOCIAAL_NETWERK"])],
        status: t.kans(0.05) ? "NIET_VERSCHENEN" : undefined,
      });
      d = plusDagen(dag, lang ? t.tussen(35, 50) : Math.round(norm * 0.7) + t.tussen(-3, 4));
    }
    if (def.maatje) {
      d = plusDagen(tl.opstartEinde!, t.tussen(12, 20));
      while (d < stop) {
        const dag = this.werkdag(d);
        if (dag >= stop) break;
        const lang = dagenTussen(dag, this.vandaag) > 120;
        log({
          medewerker: def.maatje,
          datum: dag,
          type: t.kies<AfspraakType>(["HUISBEZOEK", "HUISBEZOEK", "EXTERNE_AFSPRAAK", "CHAT"]),
          onderwerp: "Maatjesafspraak",
          verslag: t.kies(maatjeVerslagen),
          leefgebieden: [t.kies<Leefgebied>(["SOCIAAL_NETWERK", "PARTICIPATIE", "WONEN"])],
          tijd: t.kies(["14:00", "15:30", "19:00"]),
        });
        d = plusDagen(dag, lang ? t.tussen(30, 45) : t.tussen(10, 18));
      }
    }
    if (def.nietGezien) {
      // One missed appointment after the last contact, nothing planned since.
      log({ medewerker: begeleider, datum: this.werkdag(plusDagen(stop, t.tussen(7, 14))), type: "KANTOOR", onderwerp: "Begeleidingsgesprek", status: "NIET_VERSCHENEN" });
      return regeldagId;
    }
    if (def.fase === "BEGELEIDINGSFASE") {
      log({ medewerker: begeleider, datum: this.werkdag(this.dag(t.tussen(2, Math.min(14, norm)))), type: "KANTOOR", onderwerp: bellijst ? "Bellijst" : "Begeleidingsgesprek" });
      if (def.maatje) log({ medewerker: def.maatje, datum: this.werkdag(this.dag(t.tussen(3, 9))), type: "HUISBEZOEK", onderwerp: "Maatjesafspraak", tijd: "15:30" });
    }
    if (def.fase === "AFRONDING") {
      const gehouden = def.eindgesprekGehouden === true;
      log({
        medewerker: begeleider,
        datum: gehouden ? this.werkdag(this.dag(-t.tussen(3, 6))) : this.werkdag(this.dag(t.tussen(3, 8))),
        type: "KANTOOR",
        onderwerp: "Eindgesprek",
        verslag: VERSLAGEN.eindgesprek,
        leefgebieden: ["WONEN", "FINANCIEN_ADMINISTRATIE", "PARTICIPATIE", "ZORG_GEZONDHEID"],
        isEindgesprek: true,
        duur: 90,
      });
    }
    if (def.fase === "AFGESLOTEN") {
      log({
        medewerker: begeleider,
        datum: this.werkdag(plusDagen(tl.afgesloten!, -t.tussen(5, 9))),
        type: "KANTOOR",
        onderwerp: "Eindgesprek",
        verslag: VERSLAGEN.eindgesprek,
        leefgebieden: ["WONEN", "FINANCIEN_ADMINISTRATIE", "PARTICIPATIE", "ZORG_GEZONDHEID"],
        isEindgesprek: true,
        status: "VOND_PLAATS",
        duur: 90,
      });
    }
    return regeldagId;
  }

  // ── opstartfase checklist ──

  private checklist(inburgeraarId: string, def: PersoonDef, g: GemeenteRij, tl: Tijdlijn, regeldagAfspraak: string | null) {
    const t = this.toeval;
    const opstartDoor = this.gebruiker((def.opstart ?? def.begeleider)!).id;
    const brp = tl.brp!;
    const items = genereerChecklist({
      templates: g.templates,
      doelgroepen: def.doelgroepen ?? [],
      huishouden: (def.huishouden ?? []).map((l) => ({ relatie: l.relatie, geboortedatum: plusMaanden(this.vandaag, -12 * l.leeftijd) })),
      brpInschrijvingDatum: brp,
    });
    const afgesloten = tl.opstartEinde !== null;
    const tot = tl.opstartEinde ?? this.vandaag;
    const verstreken = dagenTussen(brp, tot);
    const opstartDagen = g.opstartfaseWeken * 7;
    for (const item of items) {
      let status: ChecklistStatus;
      let klaarOp: Kalenderdatum | null = null;
      const regeldagItem = ["HV-BEZICHTIGING", "HV-HUURCONTRACT", "INS-BRP", "HV-WONING-ZOEKEN"].includes(item.code);
      if (regeldagItem) {
        status = "GEREGELD";
        klaarOp = item.code === "INS-BRP" ? brp : (tl.regeldag ?? brp);
      } else {
        const termijn = item.deadline ? dagenTussen(brp, item.deadline) : opstartDagen;
        // Most things are done before their deadline; some run late.
        const gereedNa = Math.round(termijn * (0.25 + t.getal() * 0.95));
        if (!item.verplicht && t.kans(0.25)) status = "NVT";
        else if (afgesloten || def.opstartKlaar) status = item.verplicht || t.kans(0.7) ? "GEREGELD" : "NVT";
        else if (def.teLaat?.includes(item.code)) status = t.kans(0.5) ? "OPEN" : "BEZIG";
        else if (gereedNa <= verstreken) status = "GEREGELD";
        else if (gereedNa - verstreken < 14) status = "BEZIG";
        else status = "OPEN";
        if (status === "GEREGELD") klaarOp = this.min(plusDagen(brp, Math.min(gereedNa, Math.max(verstreken - 1, 0))), tot);
      }
      this.rows.checklist.push({
        id: this.id(),
        inburgeraarId,
        templateItemId: item.templateItemId,
        code: item.code,
        titel: item.titel,
        categorieen: item.categorieen,
        verplicht: item.verplicht,
        deadline: this.datumOfNull(item.deadline),
        volgorde: item.volgorde,
        status,
        datum: this.datumOfNull(klaarOp),
        notitie:
          status === "NVT"
            ? "Niet nodig voor deze persoon."
            : status === "BEZIG"
              ? "Aangevraagd, wacht op bevestiging."
              : null,
        gewijzigdDoorId: status === "OPEN" ? null : opstartDoor,
        afspraakId: regeldagItem && regeldagAfspraak && item.code !== "INS-BRP" ? regeldagAfspraak : null,
      });
    }
  }

  private toeslagen(inburgeraarId: string, def: PersoonDef, tl: Tijdlijn) {
    const t = this.toeval;
    const aanvragen: Array<[string, Kalenderdatum]> = [
      ["Zorgtoeslag", tl.regeldag ?? tl.brp!],
      ["Huurtoeslag", plusDagen(tl.brp!, t.tussen(3, 12))],
    ];
    if ((def.huishouden ?? []).some((l) => l.relatie === "KIND")) aanvragen.push(["Kindgebonden budget", plusDagen(tl.brp!, t.tussen(10, 30))]);
    for (const [soort, aangevraagd] of aanvragen) {
      if (aangevraagd > this.vandaag) continue;
      const besluitNa = t.tussen(30, 70);
      // Mohammed Al-Hassan's zorgtoeslag is past its handling time: the dossier warns.
      const wacht = def.achternaam === "Al-Hassan" && soort === "Zorgtoeslag";
      const besluit = !wacht && plusDagen(aangevraagd, besluitNa) <= this.vandaag ? plusDagen(aangevraagd, besluitNa) : null;
      this.rows.toeslagen.push({
        id: this.id(),
        inburgeraarId,
        soort,
        aangevraagdOp: this.datum(aangevraagd),
        behandeltermijnDagen: 56,
        besluitOp: this.datumOfNull(besluit),
        toegekend: besluit ? true : null,
        notitie: wacht ? "Nog geen besluit; Belastingdienst gebeld op het spreekuur." : null,
        createdAt: this.moment(aangevraagd, "12:00"),
      });
    }
  }

  private toestemmingen(inburgeraarId: string, def: PersoonDef, tl: Tijdlijn) {
    const t = this.toeval;
    // Some people give no consent at all: the consulent then sees only name, gemeente and fase.
    if (t.kans(0.25) && def.achternaam !== "Darwish" && def.achternaam !== "Osman") return;
    const door = this.gebruiker((def.opstart ?? def.begeleider)!).id;
    const gegeven = tl.regeldag ?? tl.brp!;
    const onderwerpen: Prisma.ToestemmingCreateManyInput["onderwerp"][] = ["VOORTGANG", "CHECKLIST"];
    if (tl.opstartEinde) onderwerpen.push("BEGELEIDINGSPLAN");
    // Layla Darwish and Samira Osman agreed to share (almost) everything: their consulent sees more.
    if (def.achternaam === "Darwish" || def.achternaam === "Osman") onderwerpen.push("SIGNALEN", "AFSPRAKEN", "CONTACTGEGEVENS");
    for (const onderwerp of onderwerpen) {
      this.rows.toestemmingen.push({
        id: this.id(),
        inburgeraarId,
        onderwerp,
        ontvanger: "CONSULENT_GEMEENTE",
        gegevenOp: this.datum(gegeven),
        // Yusuf Demir withdrew consent for sharing his plan.
        ingetrokkenOp: def.achternaam === "Demir" && onderwerp === "BEGELEIDINGSPLAN" ? this.datum(this.dag(-20)) : null,
        vastgelegdDoorId: door,
        toelichting: onderwerp === "SIGNALEN" ? "Mondeling toegelicht met tolk; formulier getekend." : null,
      });
    }
    if (def.fase === "AFRONDING" || def.fase === "AFGESLOTEN") {
      this.rows.toestemmingen.push({
        id: this.id(),
        inburgeraarId,
        onderwerp: "CONTACTGEGEVENS",
        ontvanger: "SOCIAAL_DOMEIN",
        gegevenOp: this.datum(this.min(plusDagen(tl.einddatum!, -20), tl.tot)),
        vastgelegdDoorId: this.gebruiker(def.begeleider!).id,
        toelichting: "Voor de warme overdracht naar het sociaal domein.",
      });
    }
  }

  // ── begeleidingsplan ──

  private plan(inburgeraarId: string, def: PersoonDef, g: GemeenteRij, tl: Tijdlijn) {
    const t = this.toeval;
    const planId = this.id();
    const begeleider = this.gebruiker(def.begeleider!).id;
    const heeftKinderen = (def.huishouden ?? []).some((l) => l.relatie === "KIND");
    const leefgebieden = (["WONEN", "KINDEREN_SCHOOL", "FINANCIEN_ADMINISTRATIE", "SOCIAAL_NETWERK", "PARTICIPATIE", "HUISELIJKE_RELATIES", "ZORG_GEZONDHEID"] as Leefgebied[]).filter(
      (l) => l !== "KINDEREN_SCHOOL" || heeftKinderen,
    );
    const focus = def.focus ?? t.kies(leefgebieden);
    this.rows.plannen.push({ id: planId, inburgeraarId, focusLeefgebied: focus, createdAt: this.moment(tl.opstartEinde!, "15:00") });
    for (const leefgebied of leefgebieden) {
      this.rows.planLeefgebieden.push({
        id: this.id(),
        planId,
        leefgebied,
        kanAl: t.kies(PLAN_TEKSTEN[leefgebied].kanAl),
        hulpNodig: t.kies(PLAN_TEKSTEN[leefgebied].hulpNodig),
        streefScore: leefgebied === focus ? 4 : this.planToeval.kies([3, 4, 4]),
      });
    }
    // The nulmeting in the first weeks after the BRP date, then the meetmomenten at the gemeente's
    // months that have passed (only recorded ones are rows); scores rise over time.
    const score = new Map(leefgebieden.map((l) => [l, l === focus ? 2 : t.tussen(2, 3)] as const));
    const opstartDoor = this.gebruiker(def.opstart ?? def.begeleider!).id;
    this.meetmoment(planId, 0, tl.brp!, this.min(this.werkdag(plusDagen(tl.brp!, this.planToeval.tussen(5, 20))), tl.tot), opstartDoor, new Map(
      leefgebieden.map((l) => [l, Math.max(1, score.get(l)! - (this.planToeval.kans(0.5) ? 1 : 0))] as const),
    ));
    for (const maand of g.meetmomentenMaanden) {
      const gepland = plusMaanden(tl.brp!, maand);
      if (tl.afgesloten && gepland > tl.afgesloten) continue;
      const afgenomen = gepland <= this.vandaag ? this.min(this.werkdag(plusDagen(gepland, t.tussen(0, 8))), tl.tot) : null;
      if (!afgenomen) continue;
      this.meetmoment(planId, maand, gepland, afgenomen, begeleider, score);
      for (const leefgebied of leefgebieden) {
        // The same draws as before own scores existed, so the rest of the demo world stays the same.
        score.set(leefgebied, Math.min(5, score.get(leefgebied)! + (t.kans(0.6) ? 1 : 0)));
      }
    }
    // Two or three doelen, the focus leefgebied first.
    const doelGebieden = [focus, ...leefgebieden.filter((l) => l !== focus && l !== "HUISELIJKE_RELATIES")].slice(0, t.tussen(2, 3));
    const planStart = tl.opstartEinde!;
    const looptijd = dagenTussen(planStart, tl.tot);
    doelGebieden.forEach((leefgebied, i) => {
      const doel = DOELEN[leefgebied];
      const doelId = this.id();
      const bereikt = i > 0 && looptijd > 90 && t.kans(0.5);
      const afgesloten = def.fase === "AFGESLOTEN";
      this.rows.doelen.push({
        id: doelId,
        planId,
        leefgebied,
        omschrijving: doel.omschrijving,
        status: afgesloten ? (bereikt || t.kans(0.6) ? "BEREIKT" : "GESTOPT") : bereikt ? "BEREIKT" : looptijd > 20 ? "BEZIG" : "OPEN",
        streefdatum: this.datum(this.min(plusDagen(planStart, 60 + 45 * i), plusDagen(tl.einddatum!, -7))),
        evaluatie: bereikt ? "Gaat nu zelfstandig." : null,
        createdAt: this.moment(planStart, "15:00"),
      });
      doel.acties.forEach((actie, j) => {
        const deadline = plusDagen(planStart, 21 + 21 * j + 14 * i);
        const klaar = bereikt || deadline < plusDagen(tl.tot, -10) ? this.min(plusDagen(deadline, -t.tussen(0, 5)), tl.tot) : null;
        this.rows.acties.push({
          id: this.id(),
          doelId,
          omschrijving: actie.omschrijving,
          isHuiswerk: actie.isHuiswerk,
          // Huiswerk is the inburgeraar's; the first "samen" actie the maatje's, when there is one.
          voor: actie.isHuiswerk ? "INBURGERAAR" : j === 0 && def.maatje ? "MAATJE" : "BEGELEIDER",
          deadline: this.datum(deadline),
          afgerondOp: this.datumOfNull(klaar),
          createdAt: this.moment(planStart, "15:00"),
        });
      });
    });
    this.planAkkoordEnContacten(planId, inburgeraarId, def, tl, focus);
  }

  /** One recorded meetmoment with a score per leefgebied and, mostly, the inburgeraar's own score beside it. */
  private meetmoment(planId: string, maand: number, gepland: Kalenderdatum, afgenomen: Kalenderdatum, door: string, scores: ReadonlyMap<Leefgebied, number>) {
    const pt = this.planToeval;
    const meetmomentId = this.id();
    this.rows.meetmomenten.push({
      id: meetmomentId,
      planId,
      maandNaStart: maand,
      geplandOp: this.datum(gepland),
      afgenomenOp: this.datum(afgenomen),
      afgenomenDoorId: door,
      notitie: maand === 0 ? "Nulmeting samen gedaan; uitgelegd wat de scores betekenen." : "Samen gescoord met de inburgeraar; focus voor de komende periode besproken.",
    });
    for (const [leefgebied, score] of scores) {
      this.rows.scores.push({
        id: this.id(),
        meetmomentId,
        leefgebied,
        score,
        eigenScore: pt.kans(0.85) ? Math.min(5, Math.max(1, score + pt.kies([-1, 0, 0, 1, 1]))) : null,
        toelichting: score <= 2 ? "Heeft nog veel hulp nodig." : score >= 4 ? "Redt zich grotendeels zelf." : null,
      });
    }
  }

  /**
   * Still in the opstartfase: a plan with only the nulmeting, for those who are
   * on schedule (people with late checklist items are behind on this too, and
   * two dossiers are left empty for the plan journey in the e2e tests).
   */
  private nulmetingInOpstart(inburgeraarId: string, def: PersoonDef, tl: Tijdlijn) {
    if (def.zonderPlan || def.teLaat?.length || dagenTussen(tl.brp!, this.vandaag) < 10) return;
    const pt = this.planToeval;
    const planId = this.id();
    const afgenomen = this.min(this.werkdag(plusDagen(tl.brp!, pt.tussen(5, 9))), this.vandaag);
    this.rows.plannen.push({ id: planId, inburgeraarId, createdAt: this.moment(afgenomen, "11:00") });
    const heeftKinderen = (def.huishouden ?? []).some((l) => l.relatie === "KIND");
    const gebieden = (["WONEN", "KINDEREN_SCHOOL", "FINANCIEN_ADMINISTRATIE", "SOCIAAL_NETWERK", "PARTICIPATIE", "HUISELIJKE_RELATIES", "ZORG_GEZONDHEID"] as Leefgebied[]).filter(
      (l) => l !== "KINDEREN_SCHOOL" || heeftKinderen,
    );
    this.meetmoment(planId, 0, tl.brp!, afgenomen, this.gebruiker(def.opstart ?? def.begeleider!).id, new Map(gebieden.map((l) => [l, pt.tussen(1, 3)] as const)));
  }

  /**
   * The plan as agreed at the start of the begeleidingsfase (version 1; what
   * happened since is progress, not a new plan), and the logged contacts about
   * a doel's leefgebied linked to that doel.
   */
  private planAkkoordEnContacten(planId: string, inburgeraarId: string, def: PersoonDef, tl: Tijdlijn, focus: Leefgebied) {
    const planStart = tl.opstartEinde!;
    const doelen = this.rows.doelen.filter((d) => d.planId === planId);
    const teksten = this.rows.planLeefgebieden.filter((l) => l.planId === planId);
    const inhoud: PlanInhoud = {
      focus,
      leefgebieden: teksten.map((l) => ({
        leefgebied: l.leefgebied,
        kanAl: l.kanAl ?? null,
        hulpNodig: l.hulpNodig ?? null,
        streefScore: l.streefScore ?? null,
        doelen: doelen
          .filter((d) => d.leefgebied === l.leefgebied)
          .map((d) => ({
            id: d.id!,
            omschrijving: d.omschrijving,
            status: "OPEN",
            streefdatum: d.streefdatum ? dateKolomNaarKalenderdatum(new Date(d.streefdatum)) : null,
            acties: this.rows.acties
              .filter((a) => a.doelId === d.id)
              .map((a) => ({
                id: a.id!,
                omschrijving: a.omschrijving,
                voor: a.voor ?? "INBURGERAAR",
                organisatie: a.organisatie ?? null,
                isHuiswerk: a.isHuiswerk ?? false,
                deadline: a.deadline ? dateKolomNaarKalenderdatum(new Date(a.deadline)) : null,
                afgerond: false,
              })),
          })),
      })),
    };
    this.rows.planVersies.push({
      id: this.id(),
      planId,
      nummer: 1,
      akkoordOp: this.datum(planStart),
      wijze: def.tolkNodig ? "MONDELING_MET_TOLK" : "MONDELING",
      tolkTaal: def.tolkNodig ? (def.talen[0] ?? null) : null,
      inhoud: inhoud as unknown as Prisma.InputJsonValue,
      vastgelegdDoorId: this.gebruiker(def.begeleider!).id,
      createdAt: this.moment(planStart, "15:30"),
    });
    for (const d of doelen) {
      const contacten = this.rows.afspraken.filter(
        (a) =>
          a.inburgeraarId === inburgeraarId &&
          a.status === "VOND_PLAATS" &&
          new Date(a.start).getTime() > this.moment(planStart, "00:00").getTime() &&
          (Array.isArray(a.leefgebieden) ? (a.leefgebieden as Leefgebied[]) : []).includes(d.leefgebied),
      );
      for (const a of contacten.slice(0, 4)) this.rows.afspraakDoelen.push({ afspraakId: a.id!, doelId: d.id! });
    }
  }

  // ── overdrachten, verlengingen, signalen ──

  private consulentVan(g: GemeenteRij): string | null {
    const consulent = [...this.gebruikers.values()].find((u) => u.rol === "CONSULENT" && u.gemeenten?.includes(g.naam));
    return consulent?.id ?? null;
  }

  private overdrachten(inburgeraarId: string, def: PersoonDef, g: GemeenteRij, tl: Tijdlijn) {
    const t = this.toeval;
    // Internal handover when the opstartfase was run by someone else.
    if (tl.opstartEinde && def.opstart && def.begeleider && def.opstart !== def.begeleider) {
      this.rows.overdrachten.push({
        id: this.id(),
        inburgeraarId,
        type: "INTERN",
        status: "ONTVANGEN",
        vanId: this.gebruiker(def.opstart).id,
        naarGebruikerId: this.gebruiker(def.begeleider).id,
        samenvatting: "Opstartfase afgerond: alle verplichte punten geregeld. Aandacht voor de post en de toeslagen.",
        verstuurdOp: this.moment(tl.opstartEinde, "16:00"),
        ontvangenOp: this.moment(this.min(plusDagen(tl.opstartEinde, 1), this.vandaag), "09:00"),
      });
    }
    if (def.fase !== "AFRONDING" && def.fase !== "AFGESLOTEN") return;
    const begeleider = this.gebruiker(def.begeleider!).id;
    const consulent = this.consulentVan(g);
    const klaar = def.fase === "AFGESLOTEN" || def.eindgesprekGehouden;
    const verstuurd = klaar ? this.min(plusDagen(tl.afgesloten ?? this.vandaag, -t.tussen(1, 3)), this.vandaag) : null;
    this.rows.overdrachten.push({
      id: this.id(),
      inburgeraarId,
      type: "CONSULENT",
      status: def.fase === "AFGESLOTEN" ? "ONTVANGEN" : klaar ? "VERSTUURD" : "CONCEPT",
      vanId: begeleider,
      naarGebruikerId: consulent,
      samenvatting:
        "Schriftelijke overdracht: zelfredzaam op wonen en zorg; financiën gaat vooruit (budgetbeheer afgebouwd). Volgt taalles; wil vrijwilligerswerk. Geen open signalen.",
      verstuurdOp: verstuurd ? this.moment(verstuurd, "16:00") : null,
      ontvangenOp: def.fase === "AFGESLOTEN" && verstuurd ? this.moment(this.min(plusDagen(verstuurd, 2), this.vandaag), "10:00") : null,
    });
    if (def.eindgesprekGehouden || def.achternaam === "Nasser") {
      const schuldhulp = g.socialeKaart.find((s) => s.naam.startsWith("Schuldhulpverlening"));
      this.rows.overdrachten.push({
        id: this.id(),
        inburgeraarId,
        type: "WARM",
        status: "VERSTUURD",
        vanId: begeleider,
        naarSocialeKaartId: schuldhulp?.id ?? null,
        samenvatting: "Warme overdracht: kennismakingsgesprek samen gepland; achterstand bij energieleverancier en zorgverzekeraar.",
        verstuurdOp: this.moment(this.min(tl.tot, this.dag(-1)), "11:00"),
      });
    }
  }

  private verlenging(inburgeraarId: string, def: PersoonDef, tl: Tijdlijn, teamleider: string) {
    if (!def.verlenging) return;
    const aangevraagd = this.min(plusDagen(tl.einddatum!, def.verlenging.status === "GOEDGEKEURD" ? -240 : -60), this.dag(-4));
    const beoordeeld = def.verlenging.status === "AANGEVRAAGD" ? null : this.moment(plusDagen(aangevraagd, 6), "11:00");
    this.rows.verlengingen.push({
      id: this.id(),
      inburgeraarId,
      maanden: 6,
      reden: def.verlenging.reden,
      status: def.verlenging.status,
      aangevraagdDoorId: this.gebruiker(def.begeleider!).id,
      beoordeeldDoorId: beoordeeld ? teamleider : null,
      beoordeeldOp: beoordeeld,
      toelichting: def.verlenging.toelichting ?? null,
      createdAt: this.moment(aangevraagd, "14:00"),
    });
  }

  private signalen() {
    const signaal = (
      naam: string,
      s: Omit<Prisma.SignaalCreateManyInput, "id" | "inburgeraarId" | "gemeldDoorId"> & { door: string; dagenGeleden: number },
    ) => {
      const persoon = this.personen.get(naam);
      if (!persoon) throw new Error(`Seed: onbekende persoon ${naam}`);
      const { door, dagenGeleden, ...rest } = s;
      this.rows.signalen.push({
        id: this.id(),
        inburgeraarId: persoon.id,
        gemeldDoorId: this.gebruiker(door).id,
        createdAt: this.moment(this.dag(-dagenGeleden), "11:30"),
        ...rest,
      });
    };
    signaal("Layla Darwish", {
      categorie: "SCHULDEN",
      ernst: "MIDDEN",
      status: "OPEN",
      omschrijving:
        "Betalingsachterstand bij de energieleverancier (twee maanden) en een aanmaning van de zorgverzekeraar. Schaamt zich en opende de post niet. Afgesproken: samen naar schuldhulpverlening.",
      gedeeldMetConsulent: true,
      door: "dh.begeleider",
      dagenGeleden: 9,
    });
    signaal("Samira Osman", {
      categorie: "SCHOOLVERZUIM",
      ernst: "MIDDEN",
      status: "BESPROKEN",
      omschrijving:
        "De leerplichtambtenaar meldt dat Yasin de afgelopen drie weken vaak afwezig was. Moeder zegt dat hij buikpijn heeft en niet naar school wil. Besproken met de consulent; gesprek met school gepland.",
      gedeeldMetConsulent: true,
      door: "dh.consulent",
      dagenGeleden: 16,
    });
    signaal("Omar Al-Amoudi", {
      categorie: "PSYCHISCH",
      ernst: "LAAG",
      status: "OPEN",
      omschrijving: "Slaapt slecht en piekert over familie in Jemen. Komt minder naar afspraken. Huisarts en POH-GGZ besproken.",
      door: "dh.begeleider",
      dagenGeleden: 70,
    });
    signaal("Hassan Abdi", {
      categorie: "BURENRUZIE",
      ernst: "LAAG",
      status: "AFGESLOTEN",
      omschrijving: "Klachten van de onderburen over geluid van de kinderen. Buurtbemiddeling ingeschakeld; opgelost.",
      door: "rt.begeleider",
      dagenGeleden: 120,
      afgeslotenOp: this.moment(this.dag(-80), "10:00"),
      doorverwezenNaar: "Buurtbemiddeling",
    });
    signaal("Mahmoud Suleiman", {
      categorie: "GEZONDHEID",
      ernst: "HOOG",
      status: "DOORVERWEZEN",
      omschrijving: "Pijn op de borst bij inspanning; wilde niet naar de huisarts. Maatje heeft samen een afspraak gemaakt.",
      door: "gr.begeleider",
      dagenGeleden: 30,
      doorverwezenNaar: "Huisarts",
      gedeeldMetConsulent: false,
    });
  }

  // ── timeline (audit trail) ──

  /**
   * The audit rows the real actions would have written, dated in the past,
   * so each dossier's timeline tells its story. Built after everything else
   * from the rows themselves, with its own PRNG: the rest of the demo data
   * stays exactly as it was. Same actie names and sentences as the mutations.
   */
  private geschiedenis() {
    const toeval = new Toeval(7_301_113);
    const per = <T extends { inburgeraarId: string }>(rijen: T[]) => {
      const m = new Map<string, T[]>();
      for (const r of rijen) m.set(r.inburgeraarId, [...(m.get(r.inburgeraarId) ?? []), r]);
      return m;
    };
    const afspraken = per(this.rows.afspraken);
    const checklist = per(this.rows.checklist);
    const verlengingen = per(this.rows.verlengingen);
    const planVan = new Map(this.rows.plannen.map((p) => [p.id!, p.inburgeraarId]));
    const meetmomenten = per(this.rows.meetmomenten.map((m) => ({ ...m, inburgeraarId: planVan.get(m.planId)! })));
    const planVersies = per(this.rows.planVersies.map((v) => ({ ...v, inburgeraarId: planVan.get(v.planId)! })));
    const scoresVan = (meetmomentId: string) => Object.fromEntries(this.rows.scores.filter((s) => s.meetmomentId === meetmomentId).map((s) => [s.leefgebied, s.score]));
    const rijen = new Map(this.rows.inburgeraars.map((r) => [r.id!, r]));
    const gelogdOp = new Map(this.rows.afspraken.filter((a) => a.gelogdOp).map((a) => [a.id!, new Date(a.gelogdOp!)]));
    const naarDatum = (d: Date | string | null | undefined) => (d ? dateKolomNaarKalenderdatum(new Date(d)) : null);
    const alsDate = (d: Date | string | null | undefined) => (d ? new Date(d) : null);

    for (const { id, def, tijdlijn: tl } of this.personen.values()) {
      const g = this.gemeenten.get(def.gemeente)!;
      const rij = rijen.get(id)!;
      const opstartDoor = def.opstart ?? def.begeleider;
      // Typed events, as audit() writes them; their sentences are made when read (lib/audit/zinnen.ts).
      const schrijf = <K extends AuditActieNaam>(
        op: Date,
        actie: K,
        gebruikerId: string | null | undefined,
        entiteit: string,
        entiteitId: string,
        details: AuditDetails<K>,
      ) => {
        if (op.getTime() > this.now.getTime()) return;
        this.rows.audit.push({
          createdAt: op,
          organisatieId: g.organisatieId,
          gebruikerId: gebruikerId ?? null,
          actie,
          entiteit,
          entiteitId,
          inburgeraarId: id,
          details: details as Prisma.InputJsonObject,
        });
      };

      // Aangemeld at the koppeling: the BRP date (and so the einddatum) was not known yet.
      schrijf(alsDate(rij.createdAt)!, "inburgeraar.aangemeld", rij.aangemaaktDoorId, "Inburgeraar", id, {
        gemeente: g.naam,
        einddatum: null,
        wettelijkRecht: bepaalRechtOpBegeleiding(def.vergunning).wettelijkRecht,
        huishoudleden: (def.huishouden ?? []).length,
        begeleiderId: opstartDoor ? this.gebruiker(opstartDoor).id : null,
      });
      if (tl.brp) {
        const zonderVerlenging = berekenEinddatum({ brpInschrijvingDatum: tl.brp, looptijdMaanden: g.looptijdMaanden });
        schrijf(this.moment(tl.brp, "15:00"), "inburgeraar.gegevens-gewijzigd", opstartDoor && this.gebruiker(opstartDoor).id, "Inburgeraar", id, {
          velden: ["brpInschrijvingDatum"],
          waarden: { brpInschrijvingDatum: tl.brp },
          einddatum: zonderVerlenging,
        });
      }

      // Phase changes, each by the person who did it.
      const fase = (op: Date, actie: FaseActie, door: string | undefined, extra: { checklistPunten?: number } = {}) => {
        const { van, naar } = FASE_ACTIES[actie];
        schrijf(op, "inburgeraar.fase-gewijzigd", door && this.gebruiker(door).id, "Inburgeraar", id, {
          stap: actie,
          van,
          naar,
          ...extra,
        });
      };
      const items = checklist.get(id) ?? [];
      if (tl.brp) fase(this.moment(tl.brp, "15:30"), "START_OPSTARTFASE", opstartDoor, { checklistPunten: items.length });
      if (tl.opstartEinde) fase(this.moment(tl.opstartEinde, "16:00"), "SLUIT_OPSTARTFASE", opstartDoor);
      if (def.fase === "AFRONDING") fase(alsDate(rij.faseSinds)!, "START_AFRONDING", def.begeleider);
      if (def.fase === "AFGESLOTEN") {
        const start = this.min(plusDagen(tl.einddatum!, -30), plusDagen(tl.afgesloten!, -12));
        fase(this.moment(start, "12:00"), "START_AFRONDING", def.begeleider);
        fase(alsDate(rij.afgeslotenOp)!, "AFSLUITEN", def.begeleider);
      }

      // Afspraken: planned ahead (all that are still planned, about half of the others), logged afterwards.
      for (const a of afspraken.get(id) ?? []) {
        const start = alsDate(a.start)!;
        if (a.status === "GEPLAND" || toeval.kans(0.5)) {
          schrijf(alsDate(a.createdAt)!, "afspraak.gepland", a.medewerkerId, "Afspraak", a.id!, {
            type: a.type,
            start: start.toISOString(),
            metTolk: a.metTolk ?? false,
          });
        }
        if (a.status !== "GEPLAND" && a.gelogdOp) {
          schrijf(alsDate(a.gelogdOp)!, "afspraak.gelogd", a.gelogdDoorId, "Afspraak", a.id!, {
            type: a.type,
            status: a.status as LogStatus,
            duurMinuten: a.duurMinuten ?? null,
            isEindgesprek: a.isEindgesprek ?? false,
          });
        }
      }

      // A sample of checklist items being ticked off (regeldag items during the regeldag afspraak).
      for (const item of items) {
        const datum = naarDatum(item.datum);
        if (item.status !== "GEREGELD" || !datum) continue;
        const tijdens = Boolean(item.afspraakId);
        if (!tijdens && !toeval.kans(0.4)) continue;
        // Ticked off while logging the afspraak: the same moment as its log.
        const op = (tijdens && gelogdOp.get(item.afspraakId!)) || this.moment(datum, "16:15");
        schrijf(op, "checklist.gewijzigd", item.gewijzigdDoorId, "ChecklistItem", item.id!, {
          titel: item.titel,
          code: item.code,
          categorieen: item.categorieen as ChecklistCategorie[],
          van: "OPEN",
          naar: "GEREGELD",
          datum,
          ...(tijdens ? { afspraakId: item.afspraakId! } : {}),
        });
      }

      // The plan: agreed versions and recorded meetmomenten.
      for (const v of planVersies.get(id) ?? []) {
        schrijf(alsDate(v.createdAt)!, "plan.akkoord", v.vastgelegdDoorId, "Begeleidingsplan", v.planId, { nummer: v.nummer, wijze: v.wijze, datum: naarDatum(v.akkoordOp)! });
      }
      for (const m of meetmomenten.get(id) ?? []) {
        const datum = naarDatum(m.afgenomenOp)!;
        schrijf(this.moment(datum, "16:45"), "plan.meetmoment-vastgelegd", m.afgenomenDoorId, "Meetmoment", m.id!, { maand: m.maandNaStart, datum, scores: scoresVan(m.id!), correctie: false });
      }

      // Verlenging asked and, when decided, approved or rejected.
      for (const v of verlengingen.get(id) ?? []) {
        const maanden = v.maanden ?? 6;
        schrijf(alsDate(v.createdAt)!, "verlenging.aangevraagd", v.aangevraagdDoorId, "Verlenging", v.id!, {
          maanden,
          reden: v.reden,
        });
        if (v.status === "GOEDGEKEURD") {
          schrijf(alsDate(v.beoordeeldOp)!, "verlenging.goedgekeurd", v.beoordeeldDoorId, "Verlenging", v.id!, {
            maanden,
            einddatum: tl.einddatum ?? null,
            toelichting: v.toelichting ?? null,
          });
        }
        if (v.status === "AFGEWEZEN") {
          schrijf(alsDate(v.beoordeeldOp)!, "verlenging.afgewezen", v.beoordeeldDoorId, "Verlenging", v.id!, { maanden, toelichting: v.toelichting ?? null });
        }
      }
    }
  }

  // ── timestamps ──

  /**
   * createdAt/updatedAt as the story has them, instead of the moment the seed
   * ran: a checklist item ticked off in May was last changed in May, a logged
   * afspraak when it was logged. Its own PRNG, so the rest stays as it was.
   */
  private tijdstempels() {
    const toeval = new Toeval(29_112_026);
    const nu = this.now.getTime();
    const uiterlijk = (d: Date) => new Date(Math.min(d.getTime(), nu));
    const alsDate = (d: Date | string | null | undefined) => (d ? new Date(d) : null);
    const afspraken = new Map(this.rows.afspraken.map((a) => [a.id!, a]));
    const tijdlijn = new Map([...this.personen.values()].map((p) => [p.id, p.tijdlijn]));

    for (const r of this.rows.inburgeraars) r.updatedAt = uiterlijk(new Date(Math.max(alsDate(r.createdAt)!.getTime(), alsDate(r.faseSinds)!.getTime())));
    for (const a of this.rows.afspraken) a.updatedAt = alsDate(a.gelogdOp) ?? alsDate(a.createdAt)!;
    for (const c of this.rows.checklist) {
      const tl = tijdlijn.get(c.inburgeraarId)!;
      const brp = tl.brp!;
      const tot = this.min(tl.opstartEinde ?? this.vandaag, this.vandaag);
      const datum = c.datum ? dateKolomNaarKalenderdatum(new Date(c.datum)) : null;
      let op: Date;
      if (c.status === "OPEN") {
        // Untouched since the checklist was made at the start of the opstartfase.
        op = this.moment(brp, "15:30");
      } else if (datum) {
        // Same moment as the timeline's "geregeld": the afspraak's log, or that afternoon.
        const afspraak = c.afspraakId ? afspraken.get(c.afspraakId) : undefined;
        op = alsDate(afspraak?.gelogdOp) ?? this.moment(datum, "16:15");
      } else {
        // BEZIG or NVT: set somewhere between the BRP date and now (or the end of the opstartfase).
        op = this.moment(plusDagen(brp, toeval.tussen(1, Math.max(1, dagenTussen(brp, tot)))), "16:30");
      }
      c.updatedAt = uiterlijk(op);
    }
    for (const s of this.rows.signalen) s.updatedAt = alsDate(s.afgeslotenOp) ?? alsDate(s.createdAt)!;
    for (const o of this.rows.overdrachten) {
      o.createdAt = alsDate(o.verstuurdOp) ?? new Date(nu - toeval.tussen(1, 4) * 86_400_000);
      o.updatedAt = alsDate(o.ontvangenOp) ?? alsDate(o.verstuurdOp) ?? alsDate(o.createdAt)!;
    }
    for (const t of this.rows.toestemmingen) t.createdAt = uiterlijk(this.moment(dateKolomNaarKalenderdatum(new Date(t.gegevenOp)), "12:00"));
    const planAangemaakt = new Map(this.rows.plannen.map((p) => [p.id!, alsDate(p.createdAt)!]));
    for (const p of this.rows.plannen) p.updatedAt = alsDate(p.createdAt)!;
    for (const l of this.rows.planLeefgebieden) l.updatedAt = planAangemaakt.get(l.planId)!;
    for (const d of this.rows.doelen) d.updatedAt = alsDate(d.createdAt)!;
  }

  // ── signalen: follow-up and the Meldcode (issue 11) ──

  /**
   * A worry the maatje raised and the begeleider picked up, with a follow-up
   * action and a reminder; and a huiselijk-geweld signal halfway through the
   * Meldcode (steps 1 and 2 recorded). Fictional. Runs last, so the rest of
   * the demo world (ids, random choices) stays as it was.
   */
  private signaalOpvolging() {
    const persoon = (naam: string) => {
      const p = this.personen.get(naam);
      if (!p) throw new Error(`Seed: onbekende persoon ${naam}`);
      return p.id;
    };
    const begeleider = this.gebruiker("dh.begeleider").id;
    const karim = this.gebruiker("dh.vrijwilliger").id;
    const wonen = this.id();
    const gemeld = this.moment(this.dag(-4), "16:10");
    const opgepakt = this.moment(this.dag(-3), "09:15");
    this.rows.signalen.push({
      id: wonen,
      inburgeraarId: persoon("Samira Osman"),
      categorie: "WONEN",
      ernst: "MIDDEN",
      status: "OPGEPAKT",
      omschrijving: "Schimmel op de muur in de kinderkamer; Amal hoest al twee weken. Samira durft de verhuurder niet te bellen.",
      gemeldDoorId: karim,
      opgepaktDoorId: begeleider,
      opgepaktOp: opgepakt,
      createdAt: gemeld,
      updatedAt: opgepakt,
      version: 2,
    });
    this.rows.signaalActies.push({
      id: this.id(),
      signaalId: wonen,
      omschrijving: "Samen met Samira een reparatieverzoek bij de corporatie ingediend.",
      datum: this.datum(this.dag(-3)),
      opvolgOp: this.datum(this.dag(7)),
      doorId: begeleider,
      createdAt: opgepakt,
    });
    const hg = this.id();
    const hgGemeld = this.moment(this.dag(-6), "14:00");
    this.rows.signalen.push({
      id: hg,
      inburgeraarId: persoon("Rania Sabbagh"),
      categorie: "HUISELIJK_GEWELD",
      ernst: "HOOG",
      status: "OPGEPAKT",
      meldcode: true,
      omschrijving: "Rania vertelde dat haar ex-partner haar opwacht bij school en dreigt. Ze was bang en wilde niet dat ik het opschreef bij het verslag.",
      gemeldDoorId: begeleider,
      opgepaktDoorId: begeleider,
      opgepaktOp: hgGemeld,
      createdAt: hgGemeld,
      updatedAt: this.moment(this.dag(-5), "11:00"),
      version: 2,
    });
    this.rows.meldcodes.push({
      id: this.id(),
      signaalId: hg,
      feiten: "Rania vertelt (met tolk) dat haar ex-partner twee keer bij de school van Jana en Adam stond en zei dat hij 'haar wel zou vinden'.",
      feitenDatum: this.datum(this.dag(-6)),
      interpretatie: "Ze lijkt erg angstig; mogelijk is er eerder geweld geweest.",
      stap1Op: this.moment(this.dag(-6), "15:00"),
      overlegMet: "Aandachtsfunctionaris Meldcode (Marloes Bakker)",
      overlegDatum: this.datum(this.dag(-5)),
      veiligThuisGeraadpleegd: true,
      advies: "Veilig Thuis adviseert een gesprek met Rania alleen, met een vrouwelijke tolk, en samen een veiligheidsplan te maken.",
      stap2Op: this.moment(this.dag(-5), "11:00"),
      version: 2,
      createdAt: this.moment(this.dag(-6), "15:00"),
      updatedAt: this.moment(this.dag(-5), "11:00"),
    });
  }

  // ── write ──

  private async schrijf() {
    const r = this.rows;
    const tx = this.tx;
    await tx.organisatie.createMany({ data: r.organisaties });
    await tx.gemeente.createMany({ data: r.gemeenten });
    await tx.team.createMany({ data: r.teams });
    await tx.gebruiker.createMany({ data: r.gebruikers });
    await tx.gebruikerGemeente.createMany({ data: r.gebruikerGemeenten });
    await tx.vrijwilligerProfiel.createMany({ data: r.vrijwilligers });
    await tx.checklistTemplate.createMany({ data: r.templates });
    await tx.checklistTemplateItem.createMany({ data: r.templateItems });
    await tx.socialeKaartOrganisatie.createMany({ data: r.socialeKaart });
    await tx.inburgeraar.createMany({ data: r.inburgeraars });
    await tx.huishoudlid.createMany({ data: r.huishouden });
    await tx.toewijzing.createMany({ data: r.toewijzingen });
    await tx.toeslagAanvraag.createMany({ data: r.toeslagen });
    await tx.afspraak.createMany({ data: r.afspraken });
    await tx.checklistItem.createMany({ data: r.checklist });
    await tx.begeleidingsplan.createMany({ data: r.plannen });
    await tx.planLeefgebied.createMany({ data: r.planLeefgebieden });
    await tx.meetmoment.createMany({ data: r.meetmomenten });
    await tx.leefgebiedScore.createMany({ data: r.scores });
    await tx.doel.createMany({ data: r.doelen });
    await tx.actie.createMany({ data: r.acties });
    await tx.planVersie.createMany({ data: r.planVersies });
    await tx.afspraakDoel.createMany({ data: r.afspraakDoelen });
    await tx.signaal.createMany({ data: r.signalen });
    await tx.signaalActie.createMany({ data: r.signaalActies });
    await tx.meldcode.createMany({ data: r.meldcodes });
    await tx.overdracht.createMany({ data: r.overdrachten });
    await tx.toestemming.createMany({ data: r.toestemmingen });
    await tx.verlenging.createMany({ data: r.verlengingen });
    await tx.auditLog.createMany({ data: r.audit });
  }
}
