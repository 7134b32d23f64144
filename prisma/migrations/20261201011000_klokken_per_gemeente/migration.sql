-- The bellijst (lib/bellijst/queries.ts, the teamleider's start page and /bellijst): the day a
-- person's call interval counts from, as far as the row itself can tell ("belklok"): the latest of
-- the start (the BRP date, else the registration, as a date in Amsterdam), the last call, and, with
-- an open maatje assignment (openMaatje, decision 026), the last contact. Per organisation and
-- gemeente, for everyone in begeleiding or afronding, with the columns the list reads (index-only).
-- The list reads per gemeente who is at or before that gemeente's threshold (today minus its
-- interval): the few thousand who are due, instead of the clocks of everyone in begeleiding (±29,600
-- at 40,000 people). A maatje assignment that ends in the future makes the real clock later, never
-- earlier, so this range holds everyone due; the list then applies the exact rule (decision 029).
-- The expression must stay the same as belKlokVanRij in lib/bellijst/queries.ts.
-- Written by hand: Prisma 6 cannot describe an expression or partial index in schema.prisma.
CREATE INDEX "Inburgeraar_belklok_idx" ON "Inburgeraar" (
  "organisatieId",
  "gemeenteId",
  (GREATEST(
    COALESCE("brpInschrijvingDatum", (("createdAt") AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Amsterdam')::date),
    (("laatsteBelOp") AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Amsterdam')::date,
    CASE WHEN "openMaatje" THEN (("laatsteContactOp") AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Amsterdam')::date END
  ))
) INCLUDE ("openMaatje", "brpInschrijvingDatum", "createdAt", "laatsteBelOp", "laatsteContactOp", "achternaam", "id")
WHERE "fase" IN ('BEGELEIDINGSFASE', 'AFRONDING');

-- "Te lang geen contact" (lib/team/inburgeraars.ts: the teamleider's start page and the list's filter):
-- the contact clock (the last contact, else the BRP date, else the registration, as a date in
-- Amsterdam) per organisation and gemeente, for everyone not closed, with the columns the list sorts by.
-- The list reads per gemeente the range past that gemeente's own norm: exactly who is overdue
-- (decision 029). It replaces "Inburgeraar_contactklok_idx" (decision 025), which bounded the read by the
-- smallest norm of any gemeente and then checked each row's own gemeente (±7,400 rows read with the
-- heap for ±4,800 overdue at 40,000 people).
-- The expression must stay the same as contactKlok in lib/team/inburgeraars.ts.
DROP INDEX "Inburgeraar_contactklok_idx";
CREATE INDEX "Inburgeraar_contactklok_gemeente_idx" ON "Inburgeraar" (
  "organisatieId",
  "gemeenteId",
  (COALESCE((("laatsteContactOp") AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Amsterdam')::date, "brpInschrijvingDatum", (("createdAt") AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Amsterdam')::date))
) INCLUDE ("laatsteContactOp", "brpInschrijvingDatum", "createdAt", "achternaam", "id")
WHERE "fase" <> 'AFGESLOTEN';

-- The clocks index of decision 024 is no longer read by any list: the bellijst, "te lang geen contact"
-- and the wachtlijst each have their own (above, and decision 026). One index fewer to keep on every
-- write of a clock.
DROP INDEX "Inburgeraar_klokken_idx";
