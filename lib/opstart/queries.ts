import "server-only";
import { vergelijkNl } from "@/lib/tekst";
import { Prisma } from "@/lib/db/generated/client";
import { dossierBekekenSql } from "@/lib/audit";
import { assertCan, can, type SessionUser } from "@/lib/authz";
import { deelScopeSql, inburgeraarScopeSql } from "@/lib/authz/sql-scope";
import { weigerDossierDeel } from "@/lib/inburgeraar/laad";
import { leesSql } from "@/lib/db/lees";
import type { ChecklistCategorie, ChecklistStatus, Fase } from "@/lib/db/generated/enums";
import { dateKolomNaarKalenderdatum, vandaag, type Kalenderdatum } from "@/lib/tijd";
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

/** The row of getChecklist's query: the dossier and its items (as JSON). */
interface ChecklistRij {
  fase: Fase;
  brpInschrijvingDatum: Date | null;
  items: {
    id: string;
    code: string;
    titel: string;
    volgorde: number;
    categorieen: ChecklistCategorie[];
    verplicht: boolean;
    deadline: Kalenderdatum | null;
    status: ChecklistStatus;
    datum: Kalenderdatum | null;
    afspraakId: string | null;
    version: number;
    /** An instant, ISO 8601 in UTC. */
    updatedAt: string;
    gewijzigdDoor: string | null;
    notitie: string | null;
  }[];
}

/**
 * One person's opstartfase checklist, grouped per category (HV, FIN, INS, VL)
 * with progress and overdue items (in Amsterdam's today). Scoped: a dossier
 * outside the user's reach is "not found"; a consulent sees it only with the
 * person's active consent for the checklist.
 */
export async function getChecklist(user: SessionUser, inburgeraarId: string, now = new Date()): Promise<ChecklistView> {
  assertCan(user, "inburgeraar:lezen");
  const dag = vandaag(now);
  // ONE statement (docs/decisions/019): the dossier through the user's scope and the checklist's gate
  // (lib/authz/sql-scope), the view's audit row, and the items. Each gated column is selected only
  // where visible: the brp date with the traject part, notes on financial items with the financial part.
  const rijen = await leesSql<ChecklistRij[]>(Prisma.sql`
    WITH p AS (
      SELECT i.id, i.fase::text AS fase,
             CASE WHEN ${deelScopeSql(user, "traject", dag, "i")} THEN i."brpInschrijvingDatum" END AS "brpInschrijvingDatum",
             ${deelScopeSql(user, "financieel", dag, "i")} AS financieel
        FROM "Inburgeraar" i
       WHERE i.id = ${inburgeraarId} AND ${inburgeraarScopeSql(user, now, "i")} AND ${deelScopeSql(user, "checklist", dag, "i")}
    ),
    bekeken AS (${await dossierBekekenSql(user, inburgeraarId, "opstartfase", "p")})
    SELECT p.fase, p."brpInschrijvingDatum",
           -- The items as one JSON value: one cell to decode instead of a row each (dates come as "YYYY-MM-DD").
           COALESCE((SELECT json_agg(json_build_object(
                      'id', c.id, 'code', c.code, 'titel', c.titel, 'volgorde', c.volgorde, 'categorieen', COALESCE(c.categorieen, ARRAY[]::"ChecklistCategorie"[]), 'verplicht', c.verplicht,
                      'deadline', c.deadline, 'status', c.status, 'datum', c.datum, 'afspraakId', c."afspraakId", 'version', c.version,
                      'updatedAt', to_char(c."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'gewijzigdDoor', u.naam,
                      'notitie', CASE WHEN p.financieel OR NOT ('FIN' = ANY (c.categorieen)) THEN c.notitie END))
                       FROM "ChecklistItem" c LEFT JOIN "Gebruiker" u ON u.id = c."gewijzigdDoorId"
                      WHERE c."inburgeraarId" = p.id), '[]'::json) AS items
      FROM p`);
  const persoon = rijen[0];
  if (!persoon) return weigerDossierDeel(user, inburgeraarId, ["checklist"], now);
  const itemRijen = persoon.items.sort((a, b) => a.volgorde - b.volgorde || vergelijkNl(a.titel, b.titel));
  const peildatum = dag;
  const items: ChecklistItemView[] = itemRijen.map((r) => ({
    id: r.id,
    code: r.code,
    titel: r.titel,
    categorieen: r.categorieen,
    verplicht: r.verplicht,
    deadline: r.deadline,
    isTeLaat: isTeLaat(r, peildatum),
    status: r.status,
    datum: r.datum,
    notitie: r.notitie,
    gewijzigdDoor: r.gewijzigdDoor,
    // Untouched items have no "who"; their updatedAt is the creation time.
    gewijzigdOp: r.gewijzigdDoor ? new Date(r.updatedAt) : null,
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
