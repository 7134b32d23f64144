import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { actieveToewijzing, gedeeldMetConsulentScope, signaalSectiePoort, type DossierDeel } from "@/lib/authz";
import type { Tx } from "@/lib/db";
import type { Fase, Leefgebied, SignaalCategorie, SignaalErnst } from "@/lib/db/generated/enums";
import { dateKolomNaarKalenderdatum, naarKalenderdatum, plusDagen, vandaag as vandaagIn, type Kalenderdatum } from "@/lib/tijd";
import { CONTACT_VENSTER_DAGEN, contactSamenvatting, openChecklistPunten, opstartVoortgang, scoresMetVerschil, type ContactSamenvatting, type OpstartVoortgang, type ScoreMetVerschil } from "./rules";

/**
 * The parts of a trajectory's progress the gemeente may see, loaded for a
 * bounded set of dossiers (one page of the Voortgang list, or one report).
 * Every loader puts the caller's gate for its part — deelScope(user, deel)
 * for a consulent, consulentDeelScope(deel) for a report — IN its query, so a
 * dossier without consent for a part never has that part loaded.
 */
export type Poort = (deel: DossierDeel) => Prisma.InburgeraarWhereInput;

export interface TrajectSectie {
  fase: Fase;
  faseSinds: Kalenderdatum;
  start: Kalenderdatum | null;
  einddatum: Kalenderdatum | null;
  opstartEinde: Kalenderdatum | null;
  opstartBegonnen: boolean;
  begeleiders: string[];
}

export interface ChecklistSectie extends OpstartVoortgang {
  openPunten: string[];
}

export interface AfsprakenSectie extends ContactSamenvatting {
  volgendeAfspraak: Kalenderdatum | null;
}

export interface PlanSectie {
  focus: Leefgebied | null;
  scores: ScoreMetVerschil[];
  openDoelen: { leefgebied: Leefgebied; omschrijving: string }[];
}

export interface SignaalSectie {
  open: { categorie: SignaalCategorie; ernst: SignaalErnst; sinds: Kalenderdatum }[];
}

export interface Secties {
  traject: Map<string, TrajectSectie>;
  checklist: Map<string, ChecklistSectie>;
  afspraken: Map<string, AfsprakenSectie>;
  plan: Map<string, PlanSectie>;
  signalen: Map<string, SignaalSectie>;
}

export type SectieDeel = keyof Secties;
export const SECTIE_DELEN: readonly SectieDeel[] = ["traject", "checklist", "afspraken", "plan", "signalen"];

const kd = (d: Date | null) => (d ? dateKolomNaarKalenderdatum(d) : null);

/** Loads the parts the gate lets through for these dossiers: a constant number of queries, whatever `ids` holds (keep it one page). */
export async function laadSecties(tx: Tx, ids: readonly string[], poort: Poort, now = new Date(), delen: readonly SectieDeel[] = SECTIE_DELEN): Promise<Secties> {
  const vandaag = vandaagIn(now);
  const uit: Secties = { traject: new Map(), checklist: new Map(), afspraken: new Map(), plan: new Map(), signalen: new Map() };
  if (ids.length === 0) return uit;
  const lijst = [...ids];
  const waar = (deel: DossierDeel): Prisma.InburgeraarWhereInput => ({ AND: [{ id: { in: lijst } }, poort(deel)] });

  // Queries run one after another: a transaction's client takes one at a time.
  if (delen.includes("traject")) {
    const rijen = await tx.inburgeraar.findMany({
      where: waar("traject"),
      select: {
        id: true,
        fase: true,
        faseSinds: true,
        brpInschrijvingDatum: true,
        einddatum: true,
        opstartAfgeslotenOp: true,
        toewijzingen: { where: { ...actieveToewijzing(now), rol: { not: "MAATJE" } }, orderBy: { vanaf: "asc" }, select: { gebruiker: { select: { naam: true } } } },
      },
    });
    for (const r of rijen) {
      uit.traject.set(r.id, {
        fase: r.fase,
        faseSinds: naarKalenderdatum(r.faseSinds),
        start: kd(r.brpInschrijvingDatum),
        einddatum: kd(r.einddatum),
        opstartEinde: r.opstartAfgeslotenOp ? naarKalenderdatum(r.opstartAfgeslotenOp) : null,
        opstartBegonnen: r.fase !== "AANGEMELD",
        begeleiders: [...new Set(r.toewijzingen.map((t) => t.gebruiker.naam))],
      });
    }
  }

  if (delen.includes("checklist")) {
    const items = await tx.checklistItem.findMany({
      where: { inburgeraarId: { in: lijst }, inburgeraar: poort("checklist") },
      orderBy: [{ deadline: { sort: "asc", nulls: "last" } }, { volgorde: "asc" }],
      select: { inburgeraarId: true, status: true, verplicht: true, titel: true },
    });
    const per = new Map<string, typeof items>();
    for (const i of items) per.set(i.inburgeraarId, [...(per.get(i.inburgeraarId) ?? []), i]);
    for (const [id, rij] of per) {
      uit.checklist.set(id, {
        ...opstartVoortgang(rij),
        openPunten: openChecklistPunten(rij),
      });
    }
  }

  if (delen.includes("afspraken")) {
    const gate = { inburgeraarId: { in: lijst }, inburgeraar: poort("afspraken") } satisfies Prisma.AfspraakWhereInput;
    const vanaf = new Date(`${plusDagen(vandaag, -CONTACT_VENSTER_DAGEN - 1)}T00:00:00Z`);
    const recent = await tx.afspraak.findMany({ where: { ...gate, status: "VOND_PLAATS", start: { gte: vanaf, lte: now } }, select: { inburgeraarId: true, start: true, duurMinuten: true } });
    // Last and next contact from the stored attention facts (lib/caseload/stand.ts): no aggregate over the afspraken.
    // This also says which dossiers passed the gate, so one with consent but no afspraken still gets a (zero) summary.
    const doorgelaten = await tx.inburgeraar.findMany({ where: waar("afspraken"), select: { id: true, laatsteContactOp: true, geplandeStarts: true } });
    for (const { id, laatsteContactOp, geplandeStarts } of doorgelaten) {
      const contacten = recent.filter((r) => r.inburgeraarId === id).map((r) => ({ datum: naarKalenderdatum(r.start), duurMinuten: r.duurMinuten }));
      const l = laatsteContactOp && laatsteContactOp <= now ? laatsteContactOp : null;
      const v = geplandeStarts.find((s) => s >= now) ?? null;
      uit.afspraken.set(id, { ...contactSamenvatting(contacten, l ? naarKalenderdatum(l) : null, vandaag), volgendeAfspraak: v ? naarKalenderdatum(v) : null });
    }
  }

  if (delen.includes("plan")) {
    const plannen = await tx.begeleidingsplan.findMany({
      where: { inburgeraarId: { in: lijst }, inburgeraar: poort("plan") },
      select: {
        inburgeraarId: true,
        focusLeefgebied: true,
        doelen: { where: { status: { in: ["OPEN", "BEZIG"] } }, orderBy: { createdAt: "asc" }, select: { leefgebied: true, omschrijving: true } },
        meetmomenten: { where: { afgenomenOp: { not: null } }, select: { afgenomenOp: true, scores: { select: { leefgebied: true, score: true } } } },
      },
    });
    for (const p of plannen) {
      uit.plan.set(p.inburgeraarId, {
        focus: p.focusLeefgebied,
        scores: scoresMetVerschil(p.meetmomenten.map((m) => ({ afgenomenOp: dateKolomNaarKalenderdatum(m.afgenomenOp!), scores: m.scores }))),
        openDoelen: p.doelen,
      });
    }
  }

  if (delen.includes("signalen")) {
    const consent = poort("signalen");
    const signalen = await tx.signaal.findMany({
      // Only what the begeleider shared with the consulent (within consent, or on the Meldcode's safety ground), and not closed.
      where: { AND: [{ inburgeraarId: { in: lijst } }, gedeeldMetConsulentScope(consent), { status: { not: "AFGESLOTEN" } }] },
      orderBy: { createdAt: "asc" },
      select: { inburgeraarId: true, categorie: true, ernst: true, createdAt: true },
    });
    const doorgelaten = await tx.inburgeraar.findMany({ where: { AND: [{ id: { in: lijst } }, signaalSectiePoort(consent)] }, select: { id: true } });
    for (const { id } of doorgelaten) uit.signalen.set(id, { open: [] });
    for (const s of signalen) uit.signalen.get(s.inburgeraarId)?.open.push({ categorie: s.categorie, ernst: s.ernst, sinds: naarKalenderdatum(s.createdAt) });
  }
  return uit;
}
