import "server-only";
import { auditDossierBekeken } from "@/lib/audit";
import { assertCan, can, inburgeraarScope, type SessionUser } from "@/lib/authz";
import { laadDossierZicht, loadInburgeraar } from "@/lib/inburgeraar/laad";
import { db } from "@/lib/db";
import type { ChecklistCategorie, ChecklistStatus, Fase } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors";
import { dateKolomNaarKalenderdatum, kalenderdatumNaarDate, vandaag, type Kalenderdatum } from "@/lib/tijd";
import { CHECKLIST_CATEGORIE_VOLGORDE, isTeLaat, kanOpstartfaseAfsluiten, voortgangPerCategorie, type CategorieVoortgang } from "./rules";

export interface ChecklistItemView {
  id: string;
  code: string;
  titel: string;
  /** All categories; the item is shown under the first. */
  categorieen: ChecklistCategorie[];
  verplicht: boolean;
  deadline: Kalenderdatum | null;
  isTeLaat: boolean;
  status: ChecklistStatus;
  datum: Kalenderdatum | null;
  notitie: string | null;
  gewijzigdDoor: string | null;
  gewijzigdOp: Date | null;
  /** Ticked during a logged afspraak. */
  viaAfspraak: boolean;
  version: number;
}

export interface ChecklistSectie {
  categorie: ChecklistCategorie;
  items: ChecklistItemView[];
  /** Over the items shown in this section (n.v.t. not counted). */
  voortgang: CategorieVoortgang;
  aantalTeLaat: number;
}

export interface ChecklistView {
  inburgeraarId: string;
  fase: Fase;
  brpInschrijvingDatum: Kalenderdatum | null;
  secties: ChecklistSectie[];
  totaal: CategorieVoortgang;
  aantalTeLaat: number;
  /** Verplicht items still open (not geregeld or n.v.t.). */
  verplichtOpen: number;
  magBijwerken: boolean;
}

/**
 * One person's opstartfase checklist, grouped per category (HV, FIN, INS, VL)
 * with progress and overdue items (in Amsterdam's today). Scoped: a dossier
 * outside the user's reach is "not found"; a consulent sees it only with the
 * person's active consent for the checklist.
 */
export async function getChecklist(user: SessionUser, inburgeraarId: string, now = new Date()): Promise<ChecklistView> {
  const zicht = await laadDossierZicht(user, inburgeraarId, now);
  const persoon = await loadInburgeraar(db(), {
    user,
    id: inburgeraarId,
    need: ["checklist"],
    now,
    select: { id: true, fase: true, brpInschrijvingDatum: zicht.traject },
  });
  await auditDossierBekeken(user, inburgeraarId, "opstartfase");

  const kolommen = {
    id: true,
    code: true,
    titel: true,
    volgorde: true,
    categorieen: true,
    verplicht: true,
    deadline: true,
    status: true,
    datum: true,
    afspraakId: true,
    version: true,
    updatedAt: true,
    gewijzigdDoor: { select: { naam: true } },
  } as const;
  // Notes on financial items (uitkering, toeslagen, schulden) only for who may see financial data.
  const [metNotitie, zonderNotitie] = await Promise.all([
    db().checklistItem.findMany({
      where: zicht.financieel ? { inburgeraarId } : { inburgeraarId, NOT: { categorieen: { has: "FIN" } } },
      select: { ...kolommen, notitie: true },
    }),
    zicht.financieel
      ? Promise.resolve([])
      : db().checklistItem.findMany({ where: { inburgeraarId, categorieen: { has: "FIN" } }, select: kolommen }),
  ]);
  const rijen = [...metNotitie, ...zonderNotitie.map((r) => ({ ...r, notitie: null }))].sort(
    (a, b) => a.volgorde - b.volgorde || a.titel.localeCompare(b.titel, "nl"),
  );
  const peildatum = vandaag(now);
  const items: ChecklistItemView[] = rijen.map((r) => ({
    id: r.id,
    code: r.code,
    titel: r.titel,
    categorieen: r.categorieen,
    verplicht: r.verplicht,
    deadline: r.deadline ? dateKolomNaarKalenderdatum(r.deadline) : null,
    isTeLaat: isTeLaat(r, peildatum),
    status: r.status,
    datum: r.datum ? dateKolomNaarKalenderdatum(r.datum) : null,
    notitie: r.notitie,
    gewijzigdDoor: r.gewijzigdDoor?.naam ?? null,
    // Untouched items have no "who"; their updatedAt is the creation time.
    gewijzigdOp: r.gewijzigdDoor ? r.updatedAt : null,
    viaAfspraak: r.afspraakId !== null,
    version: r.version,
  }));

  const hoofdcategorie = (item: ChecklistItemView): ChecklistCategorie => item.categorieen[0] ?? "VL";
  // Progress per section counts what the section shows, so "3 van 7" matches the list.
  const perSectie = voortgangPerCategorie(items.map((i) => ({ categorieen: [hoofdcategorie(i)], status: i.status })));
  const secties = CHECKLIST_CATEGORIE_VOLGORDE.map((categorie) => {
    const sectieItems = items.filter((i) => hoofdcategorie(i) === categorie);
    return {
      categorie,
      items: sectieItems,
      voortgang: perSectie[categorie],
      aantalTeLaat: sectieItems.filter((i) => i.isTeLaat).length,
    };
  }).filter((s) => s.items.length > 0);

  const geteld = items.filter((i) => i.status !== "NVT");
  return {
    inburgeraarId,
    fase: persoon.fase,
    brpInschrijvingDatum: persoon.brpInschrijvingDatum ? dateKolomNaarKalenderdatum(persoon.brpInschrijvingDatum) : null,
    secties,
    totaal: { totaal: geteld.length, geregeld: geteld.filter((i) => i.status === "GEREGELD").length },
    aantalTeLaat: items.filter((i) => i.isTeLaat).length,
    verplichtOpen: kanOpstartfaseAfsluiten(items).open.length,
    magBijwerken: can(user, "checklist:bijwerken") && persoon.fase !== "AFGESLOTEN",
  };
}
