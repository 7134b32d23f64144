-- "Te lang geen contact" (lib/team/inburgeraars.ts, the teamleider's start page and list filter): the
-- day contact is counted from (the last contact, else the BRP date, else the registration, as a date
-- in Amsterdam), in the list's order, per organisation, for everyone not closed. The list bounds it
-- by the smallest contact norm of any gemeente, so it reads only who may be overdue (±6,000 of 35,000
-- at 40,000 people) instead of computing the clock of the whole organisation.
-- The expression must stay the same as contactKlok in lib/team/inburgeraars.ts (AT TIME ZONE with a
-- named zone is immutable, so PostgreSQL can index it).
-- Written by hand: Prisma 6 cannot describe an expression or partial index in schema.prisma.
CREATE INDEX "Inburgeraar_contactklok_idx" ON "Inburgeraar" (
  "organisatieId",
  (COALESCE((("laatsteContactOp") AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Amsterdam')::date, "brpInschrijvingDatum", (("createdAt") AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Amsterdam')::date)),
  "achternaam",
  "id"
) WHERE "fase" <> 'AFGESLOTEN';
