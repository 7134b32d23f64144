import "server-only";
import { auditDossierBekeken } from "@/lib/audit";
import { can, planZicht, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { loadInburgeraar } from "@/lib/inburgeraar/laad";
import { kaartKeuzesVoorGemeente } from "@/lib/sociale-kaart/queries";
import { dateKolomNaarKalenderdatum, vandaag } from "@/lib/tijd";
import { OPVOLGEN_NA_DAGEN, opTeVolgen } from "./rules";

/**
 * The doorverwijzingen of one dossier, for who sees the whole plan (begeleider,
 * teamleider; a consulent with consent for the plan). A maatje sees only the
 * acties for the maatje, so no doorverwijzingen.
 */
export async function getDoorverwijzingen(user: SessionUser, inburgeraarId: string, nu = new Date()) {
  const p = await loadInburgeraar(db(), { user, id: inburgeraarId, need: ["plan"], now: nu, select: { id: true, gemeenteId: true } });
  if (planZicht(user, { plan: true }) !== "alles") throw notFound();
  const rijen = await db().doorverwijzing.findMany({
    where: { inburgeraarId: p.id },
    orderBy: [{ datum: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      datum: true,
      reden: true,
      uitkomst: true,
      uitkomstOp: true,
      uitkomstToelichting: true,
      version: true,
      socialeKaart: { select: { id: true, naam: true, telefoon: true } },
      vastgelegdDoor: { select: { naam: true } },
    },
  });
  const magVastleggen = can(user, "doorverwijzing:vastleggen");
  const keuzes = magVastleggen ? await kaartKeuzesVoorGemeente(user, p.gemeenteId) : [];
  await auditDossierBekeken(user, p.id, "doorverwijzingen");
  const lijst = rijen.map((r) => ({ ...r, datum: dateKolomNaarKalenderdatum(r.datum), uitkomstOp: r.uitkomstOp ? dateKolomNaarKalenderdatum(r.uitkomstOp) : null, organisatie: r.socialeKaart.naam }));
  const opvolgen = new Set(opTeVolgen(lijst, vandaag(nu)).map((d) => d.id));
  return { lijst: lijst.map((d) => ({ ...d, moetOpvolgen: opvolgen.has(d.id) })), keuzes, magVastleggen, opvolgenNaDagen: OPVOLGEN_NA_DAGEN };
}
