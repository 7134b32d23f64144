import "server-only";
import { can, type SessionUser } from "@/lib/authz";
import type { Tx } from "@/lib/db";
import { gooiVeldFouten } from "./veld-fouten";

/**
 * Links a logged contact to the doelen it worked on (inside the log's
 * transaction). Only for those who write the plan, and only doelen of this
 * person's plan; anything else is a field error and nothing is written.
 * Returns how many doelen were linked.
 */
export async function koppelDoelen(tx: Tx, user: SessionUser, inburgeraarId: string, afspraakId: string, doelIds: readonly string[]): Promise<number> {
  const ids = [...new Set(doelIds)];
  if (ids.length === 0) return 0;
  if (!can(user, "plan:bewerken")) gooiVeldFouten({ doelIds: "Doelen koppelen kan alleen wie het plan schrijft." }, doelIds);
  const gevonden = await tx.doel.findMany({ where: { id: { in: ids }, plan: { inburgeraarId } }, select: { id: true } });
  if (gevonden.length !== ids.length) gooiVeldFouten({ doelIds: "Kies doelen uit het plan van deze inburgeraar." }, doelIds);
  await tx.afspraakDoel.createMany({ data: ids.map((doelId) => ({ afspraakId, doelId })), skipDuplicates: true });
  return ids.length;
}
