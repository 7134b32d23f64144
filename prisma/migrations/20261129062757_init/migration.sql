-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Rol" AS ENUM ('BEGELEIDER', 'VRIJWILLIGER', 'TEAMLEIDER', 'CONSULENT', 'BEHEERDER');

-- CreateEnum
CREATE TYPE "Fase" AS ENUM ('AANGEMELD', 'OPSTARTFASE', 'BEGELEIDINGSFASE', 'AFRONDING', 'AFGESLOTEN');

-- CreateEnum
CREATE TYPE "Verblijfsvergunning" AS ENUM ('ASIEL_BEPAALDE_TIJD', 'ASIEL_ONBEPAALDE_TIJD', 'REGULIER_GEZIN_ASIEL_BEPAALDE_TIJD', 'REGULIER_GEZIN_ASIEL_ONBEPAALDE_TIJD', 'REGULIER_GEZIN_EU_LANGDURIG_BESCHERMING', 'REGULIER_GEZIN_NEDERLANDER', 'REGULIER_OVERIG', 'ONBEKEND');

-- CreateEnum
CREATE TYPE "Doelgroep" AS ENUM ('NAREIZIGER', 'GEZINSMIGRANT', 'ALLEENSTAANDE_MINDERJARIGE_EX', 'OUDERE', 'JONGERE', 'ALLEENSTAANDE_OUDER');

-- CreateEnum
CREATE TYPE "Leefgebied" AS ENUM ('WONEN', 'KINDEREN_SCHOOL', 'FINANCIEN_ADMINISTRATIE', 'SOCIAAL_NETWERK', 'PARTICIPATIE', 'HUISELIJKE_RELATIES', 'ZORG_GEZONDHEID');

-- CreateEnum
CREATE TYPE "ToewijzingRol" AS ENUM ('OPSTART', 'BEGELEIDER', 'MAATJE');

-- CreateEnum
CREATE TYPE "ChecklistCategorie" AS ENUM ('HV', 'FIN', 'INS', 'VL');

-- CreateEnum
CREATE TYPE "ChecklistStatus" AS ENUM ('OPEN', 'BEZIG', 'GEREGELD', 'NVT');

-- CreateEnum
CREATE TYPE "HuishoudRelatie" AS ENUM ('PARTNER', 'KIND', 'OUDER', 'BROER_ZUS', 'OVERIG');

-- CreateEnum
CREATE TYPE "VrijwilligerTaak" AS ENUM ('MAATJE', 'KANTOOR', 'TOLK', 'BUDGETCOACH', 'ADMINISTRATIEF');

-- CreateEnum
CREATE TYPE "AfspraakType" AS ENUM ('REGELDAG', 'KANTOOR', 'HUISBEZOEK', 'TELEFONISCH', 'CHAT', 'SPREEKUUR', 'GROEPSBIJEENKOMST', 'EXTERNE_AFSPRAAK');

-- CreateEnum
CREATE TYPE "AfspraakStatus" AS ENUM ('GEPLAND', 'VOND_PLAATS', 'NIET_VERSCHENEN', 'GEANNULEERD');

-- CreateEnum
CREATE TYPE "SignaalCategorie" AS ENUM ('PSYCHISCH', 'HUISELIJK_GEWELD', 'KINDERMISHANDELING', 'SCHULDEN', 'SCHOOLVERZUIM', 'GEZONDHEID', 'BURENRUZIE', 'WONEN', 'OVERIG');

-- CreateEnum
CREATE TYPE "SignaalErnst" AS ENUM ('LAAG', 'MIDDEN', 'HOOG', 'ACUUT');

-- CreateEnum
CREATE TYPE "SignaalStatus" AS ENUM ('OPEN', 'BESPROKEN', 'DOORVERWEZEN', 'AFGESLOTEN');

-- CreateEnum
CREATE TYPE "OverdrachtType" AS ENUM ('INTERN', 'CONSULENT', 'WARM');

-- CreateEnum
CREATE TYPE "OverdrachtStatus" AS ENUM ('CONCEPT', 'VERSTUURD', 'ONTVANGEN');

-- CreateEnum
CREATE TYPE "ToestemmingOnderwerp" AS ENUM ('VOORTGANG', 'BEGELEIDINGSPLAN', 'CHECKLIST', 'AFSPRAKEN', 'SIGNALEN', 'CONTACTGEGEVENS');

-- CreateEnum
CREATE TYPE "ToestemmingOntvanger" AS ENUM ('CONSULENT_GEMEENTE', 'SOCIAAL_DOMEIN');

-- CreateEnum
CREATE TYPE "VerlengingStatus" AS ENUM ('AANGEVRAAGD', 'GOEDGEKEURD', 'AFGEWEZEN');

-- CreateEnum
CREATE TYPE "DoelStatus" AS ENUM ('OPEN', 'BEZIG', 'BEREIKT', 'GESTOPT');

-- CreateTable
CREATE TABLE "Organisatie" (
    "id" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisatie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Gemeente" (
    "id" TEXT NOT NULL,
    "organisatieId" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "cbsCode" TEXT,
    "looptijdMaanden" INTEGER NOT NULL DEFAULT 12,
    "opstartfaseWeken" INTEGER NOT NULL DEFAULT 12,
    "meetmomentenMaanden" INTEGER[] DEFAULT ARRAY[3, 8, 12]::INTEGER[],
    "contactNormDagen" INTEGER NOT NULL DEFAULT 21,
    "bellijstIntervalDagen" INTEGER,
    "leefgebieden" "Leefgebied"[] DEFAULT ARRAY['WONEN', 'KINDEREN_SCHOOL', 'FINANCIEN_ADMINISTRATIE', 'SOCIAAL_NETWERK', 'PARTICIPATIE', 'HUISELIJKE_RELATIES', 'ZORG_GEZONDHEID']::"Leefgebied"[],
    "taakstelling" INTEGER,
    "spreekuur" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Gemeente_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "organisatieId" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Gebruiker" (
    "id" TEXT NOT NULL,
    "organisatieId" TEXT NOT NULL,
    "teamId" TEXT,
    "email" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "rol" "Rol" NOT NULL,
    "wachtwoordHash" TEXT,
    "externeId" TEXT,
    "actief" BOOLEAN NOT NULL DEFAULT true,
    "moetWachtwoordWijzigen" BOOLEAN NOT NULL DEFAULT false,
    "agendaToken" TEXT,
    "laatstIngelogdOp" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Gebruiker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GebruikerGemeente" (
    "gebruikerId" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,

    CONSTRAINT "GebruikerGemeente_pkey" PRIMARY KEY ("gebruikerId","gemeenteId")
);

-- CreateTable
CREATE TABLE "VrijwilligerProfiel" (
    "id" TEXT NOT NULL,
    "gebruikerId" TEXT NOT NULL,
    "talen" TEXT[],
    "taken" "VrijwilligerTaak"[] DEFAULT ARRAY['MAATJE']::"VrijwilligerTaak"[],
    "urenPerWeek" INTEGER,
    "maxMaatjes" INTEGER NOT NULL DEFAULT 2,
    "vogDatum" DATE,
    "trainingAfgerondOp" DATE,
    "beschikbaarheid" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VrijwilligerProfiel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sessie" (
    "id" TEXT NOT NULL,
    "gebruikerId" TEXT NOT NULL,
    "aangemaaktOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "laatsteActiviteit" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verlooptOp" TIMESTAMP(3) NOT NULL,
    "beeindigdOp" TIMESTAMP(3),
    "ip" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "Sessie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginPoging" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "gelukt" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginPoging_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inburgeraar" (
    "id" TEXT NOT NULL,
    "organisatieId" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "voornaam" TEXT NOT NULL,
    "achternaam" TEXT NOT NULL,
    "geboortedatum" DATE NOT NULL,
    "bsnVersleuteld" TEXT,
    "bsnHash" TEXT,
    "vNummer" TEXT,
    "landVanHerkomst" TEXT,
    "talen" TEXT[],
    "tolkNodig" BOOLEAN NOT NULL DEFAULT false,
    "tolkTaal" TEXT,
    "telefoon" TEXT,
    "email" TEXT,
    "straat" TEXT,
    "huisnummer" TEXT,
    "postcode" TEXT,
    "woonplaats" TEXT,
    "verblijfsvergunning" "Verblijfsvergunning" NOT NULL DEFAULT 'ONBEKEND',
    "redenZonderWettelijkRecht" TEXT,
    "doelgroepen" "Doelgroep"[],
    "fase" "Fase" NOT NULL DEFAULT 'AANGEMELD',
    "faseSinds" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "koppelingDatum" DATE,
    "woningtoewijzingDatum" DATE,
    "verhuisDatum" DATE,
    "brpInschrijvingDatum" DATE,
    "uitkeringStartDatum" DATE,
    "bredeIntakeDatum" DATE,
    "pipVastgesteldDatum" DATE,
    "startLeerrouteDatum" DATE,
    "eersteLesDatum" DATE,
    "einddatum" DATE,
    "opstartAfgeslotenOp" TIMESTAMP(3),
    "opstartAfsluitReden" TEXT,
    "afgeslotenOp" TIMESTAMP(3),
    "isTestdata" BOOLEAN NOT NULL DEFAULT true,
    "aangemaaktDoorId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Inburgeraar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Huishoudlid" (
    "id" TEXT NOT NULL,
    "inburgeraarId" TEXT NOT NULL,
    "voornaam" TEXT NOT NULL,
    "achternaam" TEXT,
    "geboortedatum" DATE,
    "relatie" "HuishoudRelatie" NOT NULL,
    "isNareiziger" BOOLEAN NOT NULL DEFAULT false,
    "verwachteAankomst" DATE,
    "school" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Huishoudlid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Toewijzing" (
    "id" TEXT NOT NULL,
    "inburgeraarId" TEXT NOT NULL,
    "gebruikerId" TEXT NOT NULL,
    "rol" "ToewijzingRol" NOT NULL,
    "vanaf" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tot" TIMESTAMP(3),
    "toegewezenDoorId" TEXT,
    "reden" TEXT,

    CONSTRAINT "Toewijzing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ToeslagAanvraag" (
    "id" TEXT NOT NULL,
    "inburgeraarId" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "aangevraagdOp" DATE NOT NULL,
    "behandeltermijnDagen" INTEGER NOT NULL DEFAULT 56,
    "besluitOp" DATE,
    "toegekend" BOOLEAN,
    "notitie" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ToeslagAanvraag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistTemplate" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "doelgroep" "Doelgroep",
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChecklistTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistTemplateItem" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "titel" TEXT NOT NULL,
    "uitleg" TEXT,
    "categorieen" "ChecklistCategorie"[],
    "verplicht" BOOLEAN NOT NULL DEFAULT true,
    "alleenMetKinderen" BOOLEAN NOT NULL DEFAULT false,
    "deadlineDagenNaBrp" INTEGER,
    "volgorde" INTEGER NOT NULL DEFAULT 0,
    "actief" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "ChecklistTemplateItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" TEXT NOT NULL,
    "inburgeraarId" TEXT NOT NULL,
    "templateItemId" TEXT,
    "code" TEXT NOT NULL,
    "titel" TEXT NOT NULL,
    "categorieen" "ChecklistCategorie"[],
    "verplicht" BOOLEAN NOT NULL DEFAULT true,
    "deadline" DATE,
    "volgorde" INTEGER NOT NULL DEFAULT 0,
    "status" "ChecklistStatus" NOT NULL DEFAULT 'OPEN',
    "datum" DATE,
    "notitie" TEXT,
    "gewijzigdDoorId" TEXT,
    "afspraakId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Begeleidingsplan" (
    "id" TEXT NOT NULL,
    "inburgeraarId" TEXT NOT NULL,
    "focusLeefgebied" "Leefgebied",
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Begeleidingsplan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanLeefgebied" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "leefgebied" "Leefgebied" NOT NULL,
    "kanAl" TEXT,
    "hulpNodig" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanLeefgebied_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meetmoment" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "maandNaStart" INTEGER NOT NULL,
    "geplandOp" DATE NOT NULL,
    "afgenomenOp" DATE,
    "afgenomenDoorId" TEXT,
    "notitie" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Meetmoment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeefgebiedScore" (
    "id" TEXT NOT NULL,
    "meetmomentId" TEXT NOT NULL,
    "leefgebied" "Leefgebied" NOT NULL,
    "score" INTEGER NOT NULL,
    "toelichting" TEXT,

    CONSTRAINT "LeefgebiedScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Doel" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "leefgebied" "Leefgebied" NOT NULL,
    "omschrijving" TEXT NOT NULL,
    "status" "DoelStatus" NOT NULL DEFAULT 'OPEN',
    "streefdatum" DATE,
    "evaluatie" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Doel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actie" (
    "id" TEXT NOT NULL,
    "doelId" TEXT NOT NULL,
    "omschrijving" TEXT NOT NULL,
    "isHuiswerk" BOOLEAN NOT NULL DEFAULT false,
    "deadline" DATE,
    "afgerondOp" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Actie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Afspraak" (
    "id" TEXT NOT NULL,
    "inburgeraarId" TEXT NOT NULL,
    "medewerkerId" TEXT NOT NULL,
    "start" TIMESTAMP(3) NOT NULL,
    "duurMinuten" INTEGER,
    "type" "AfspraakType" NOT NULL,
    "locatie" TEXT,
    "metTolk" BOOLEAN NOT NULL DEFAULT false,
    "tolkTaal" TEXT,
    "status" "AfspraakStatus" NOT NULL DEFAULT 'GEPLAND',
    "onderwerp" TEXT,
    "verslag" TEXT,
    "leefgebieden" "Leefgebied"[],
    "volgendContact" DATE,
    "isEindgesprek" BOOLEAN NOT NULL DEFAULT false,
    "gelogdDoorId" TEXT,
    "gelogdOp" TIMESTAMP(3),
    "aanvraagSleutel" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Afspraak_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Signaal" (
    "id" TEXT NOT NULL,
    "inburgeraarId" TEXT NOT NULL,
    "categorie" "SignaalCategorie" NOT NULL,
    "ernst" "SignaalErnst" NOT NULL DEFAULT 'MIDDEN',
    "omschrijving" TEXT NOT NULL,
    "status" "SignaalStatus" NOT NULL DEFAULT 'OPEN',
    "meldcode" BOOLEAN NOT NULL DEFAULT false,
    "gedeeldMetConsulent" BOOLEAN NOT NULL DEFAULT false,
    "doorverwezenNaar" TEXT,
    "gemeldDoorId" TEXT NOT NULL,
    "afgeslotenOp" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Signaal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Overdracht" (
    "id" TEXT NOT NULL,
    "inburgeraarId" TEXT NOT NULL,
    "type" "OverdrachtType" NOT NULL,
    "status" "OverdrachtStatus" NOT NULL DEFAULT 'CONCEPT',
    "vanId" TEXT NOT NULL,
    "naarGebruikerId" TEXT,
    "naarSocialeKaartId" TEXT,
    "samenvatting" TEXT NOT NULL,
    "verstuurdOp" TIMESTAMP(3),
    "ontvangenOp" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Overdracht_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Toestemming" (
    "id" TEXT NOT NULL,
    "inburgeraarId" TEXT NOT NULL,
    "onderwerp" "ToestemmingOnderwerp" NOT NULL,
    "ontvanger" "ToestemmingOntvanger" NOT NULL,
    "gegevenOp" DATE NOT NULL,
    "ingetrokkenOp" DATE,
    "vastgelegdDoorId" TEXT NOT NULL,
    "toelichting" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Toestemming_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verlenging" (
    "id" TEXT NOT NULL,
    "inburgeraarId" TEXT NOT NULL,
    "maanden" INTEGER NOT NULL DEFAULT 6,
    "reden" TEXT NOT NULL,
    "status" "VerlengingStatus" NOT NULL DEFAULT 'AANGEVRAAGD',
    "aangevraagdDoorId" TEXT NOT NULL,
    "beoordeeldDoorId" TEXT,
    "beoordeeldOp" TIMESTAMP(3),
    "toelichting" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Verlenging_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialeKaartOrganisatie" (
    "id" TEXT NOT NULL,
    "organisatieId" TEXT NOT NULL,
    "gemeenteId" TEXT,
    "naam" TEXT NOT NULL,
    "leefgebieden" "Leefgebied"[],
    "omschrijving" TEXT,
    "adres" TEXT,
    "telefoon" TEXT,
    "email" TEXT,
    "website" TEXT,
    "actief" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SocialeKaartOrganisatie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "organisatieId" TEXT,
    "gebruikerId" TEXT,
    "actie" TEXT NOT NULL,
    "entiteit" TEXT,
    "entiteitId" TEXT,
    "inburgeraarId" TEXT,
    "details" JSONB,
    "ip" TEXT,
    "requestId" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisatie_naam_key" ON "Organisatie"("naam");

-- CreateIndex
CREATE INDEX "Gemeente_organisatieId_idx" ON "Gemeente"("organisatieId");

-- CreateIndex
CREATE UNIQUE INDEX "Gemeente_organisatieId_naam_key" ON "Gemeente"("organisatieId", "naam");

-- CreateIndex
CREATE UNIQUE INDEX "Team_organisatieId_naam_key" ON "Team"("organisatieId", "naam");

-- CreateIndex
CREATE UNIQUE INDEX "Gebruiker_email_key" ON "Gebruiker"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Gebruiker_externeId_key" ON "Gebruiker"("externeId");

-- CreateIndex
CREATE UNIQUE INDEX "Gebruiker_agendaToken_key" ON "Gebruiker"("agendaToken");

-- CreateIndex
CREATE INDEX "Gebruiker_organisatieId_rol_idx" ON "Gebruiker"("organisatieId", "rol");

-- CreateIndex
CREATE INDEX "Gebruiker_teamId_idx" ON "Gebruiker"("teamId");

-- CreateIndex
CREATE INDEX "GebruikerGemeente_gemeenteId_idx" ON "GebruikerGemeente"("gemeenteId");

-- CreateIndex
CREATE UNIQUE INDEX "VrijwilligerProfiel_gebruikerId_key" ON "VrijwilligerProfiel"("gebruikerId");

-- CreateIndex
CREATE INDEX "Sessie_gebruikerId_idx" ON "Sessie"("gebruikerId");

-- CreateIndex
CREATE INDEX "LoginPoging_email_createdAt_idx" ON "LoginPoging"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginPoging_ip_createdAt_idx" ON "LoginPoging"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "Inburgeraar_organisatieId_fase_idx" ON "Inburgeraar"("organisatieId", "fase");

-- CreateIndex
CREATE INDEX "Inburgeraar_gemeenteId_fase_idx" ON "Inburgeraar"("gemeenteId", "fase");

-- CreateIndex
CREATE INDEX "Inburgeraar_organisatieId_bsnHash_idx" ON "Inburgeraar"("organisatieId", "bsnHash");

-- CreateIndex
CREATE INDEX "Inburgeraar_organisatieId_vNummer_idx" ON "Inburgeraar"("organisatieId", "vNummer");

-- CreateIndex
CREATE INDEX "Inburgeraar_organisatieId_geboortedatum_idx" ON "Inburgeraar"("organisatieId", "geboortedatum");

-- CreateIndex
CREATE INDEX "Huishoudlid_inburgeraarId_idx" ON "Huishoudlid"("inburgeraarId");

-- CreateIndex
CREATE INDEX "Toewijzing_gebruikerId_tot_idx" ON "Toewijzing"("gebruikerId", "tot");

-- CreateIndex
CREATE INDEX "Toewijzing_inburgeraarId_rol_tot_idx" ON "Toewijzing"("inburgeraarId", "rol", "tot");

-- CreateIndex
CREATE INDEX "ToeslagAanvraag_inburgeraarId_idx" ON "ToeslagAanvraag"("inburgeraarId");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistTemplate_gemeenteId_naam_key" ON "ChecklistTemplate"("gemeenteId", "naam");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistTemplateItem_templateId_code_key" ON "ChecklistTemplateItem"("templateId", "code");

-- CreateIndex
CREATE INDEX "ChecklistItem_inburgeraarId_status_idx" ON "ChecklistItem"("inburgeraarId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistItem_inburgeraarId_code_key" ON "ChecklistItem"("inburgeraarId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Begeleidingsplan_inburgeraarId_key" ON "Begeleidingsplan"("inburgeraarId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanLeefgebied_planId_leefgebied_key" ON "PlanLeefgebied"("planId", "leefgebied");

-- CreateIndex
CREATE UNIQUE INDEX "Meetmoment_planId_maandNaStart_key" ON "Meetmoment"("planId", "maandNaStart");

-- CreateIndex
CREATE UNIQUE INDEX "LeefgebiedScore_meetmomentId_leefgebied_key" ON "LeefgebiedScore"("meetmomentId", "leefgebied");

-- CreateIndex
CREATE INDEX "Doel_planId_idx" ON "Doel"("planId");

-- CreateIndex
CREATE INDEX "Actie_doelId_idx" ON "Actie"("doelId");

-- CreateIndex
CREATE UNIQUE INDEX "Afspraak_aanvraagSleutel_key" ON "Afspraak"("aanvraagSleutel");

-- CreateIndex
CREATE INDEX "Afspraak_inburgeraarId_start_idx" ON "Afspraak"("inburgeraarId", "start");

-- CreateIndex
CREATE INDEX "Afspraak_medewerkerId_start_idx" ON "Afspraak"("medewerkerId", "start");

-- CreateIndex
CREATE INDEX "Afspraak_status_start_idx" ON "Afspraak"("status", "start");

-- CreateIndex
CREATE INDEX "Signaal_inburgeraarId_status_idx" ON "Signaal"("inburgeraarId", "status");

-- CreateIndex
CREATE INDEX "Overdracht_inburgeraarId_idx" ON "Overdracht"("inburgeraarId");

-- CreateIndex
CREATE INDEX "Overdracht_naarGebruikerId_status_idx" ON "Overdracht"("naarGebruikerId", "status");

-- CreateIndex
CREATE INDEX "Toestemming_inburgeraarId_ontvanger_onderwerp_idx" ON "Toestemming"("inburgeraarId", "ontvanger", "onderwerp");

-- CreateIndex
CREATE INDEX "Verlenging_inburgeraarId_idx" ON "Verlenging"("inburgeraarId");

-- CreateIndex
CREATE INDEX "Verlenging_status_idx" ON "Verlenging"("status");

-- CreateIndex
CREATE INDEX "SocialeKaartOrganisatie_organisatieId_gemeenteId_idx" ON "SocialeKaartOrganisatie"("organisatieId", "gemeenteId");

-- CreateIndex
CREATE INDEX "AuditLog_inburgeraarId_createdAt_idx" ON "AuditLog"("inburgeraarId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_organisatieId_createdAt_idx" ON "AuditLog"("organisatieId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_gebruikerId_createdAt_idx" ON "AuditLog"("gebruikerId", "createdAt");

-- AddForeignKey
ALTER TABLE "Gemeente" ADD CONSTRAINT "Gemeente_organisatieId_fkey" FOREIGN KEY ("organisatieId") REFERENCES "Organisatie"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_organisatieId_fkey" FOREIGN KEY ("organisatieId") REFERENCES "Organisatie"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gebruiker" ADD CONSTRAINT "Gebruiker_organisatieId_fkey" FOREIGN KEY ("organisatieId") REFERENCES "Organisatie"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gebruiker" ADD CONSTRAINT "Gebruiker_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GebruikerGemeente" ADD CONSTRAINT "GebruikerGemeente_gebruikerId_fkey" FOREIGN KEY ("gebruikerId") REFERENCES "Gebruiker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GebruikerGemeente" ADD CONSTRAINT "GebruikerGemeente_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VrijwilligerProfiel" ADD CONSTRAINT "VrijwilligerProfiel_gebruikerId_fkey" FOREIGN KEY ("gebruikerId") REFERENCES "Gebruiker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sessie" ADD CONSTRAINT "Sessie_gebruikerId_fkey" FOREIGN KEY ("gebruikerId") REFERENCES "Gebruiker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inburgeraar" ADD CONSTRAINT "Inburgeraar_organisatieId_fkey" FOREIGN KEY ("organisatieId") REFERENCES "Organisatie"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inburgeraar" ADD CONSTRAINT "Inburgeraar_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inburgeraar" ADD CONSTRAINT "Inburgeraar_aangemaaktDoorId_fkey" FOREIGN KEY ("aangemaaktDoorId") REFERENCES "Gebruiker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Huishoudlid" ADD CONSTRAINT "Huishoudlid_inburgeraarId_fkey" FOREIGN KEY ("inburgeraarId") REFERENCES "Inburgeraar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toewijzing" ADD CONSTRAINT "Toewijzing_inburgeraarId_fkey" FOREIGN KEY ("inburgeraarId") REFERENCES "Inburgeraar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toewijzing" ADD CONSTRAINT "Toewijzing_gebruikerId_fkey" FOREIGN KEY ("gebruikerId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toewijzing" ADD CONSTRAINT "Toewijzing_toegewezenDoorId_fkey" FOREIGN KEY ("toegewezenDoorId") REFERENCES "Gebruiker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ToeslagAanvraag" ADD CONSTRAINT "ToeslagAanvraag_inburgeraarId_fkey" FOREIGN KEY ("inburgeraarId") REFERENCES "Inburgeraar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistTemplate" ADD CONSTRAINT "ChecklistTemplate_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistTemplateItem" ADD CONSTRAINT "ChecklistTemplateItem_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "ChecklistTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_inburgeraarId_fkey" FOREIGN KEY ("inburgeraarId") REFERENCES "Inburgeraar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_templateItemId_fkey" FOREIGN KEY ("templateItemId") REFERENCES "ChecklistTemplateItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_gewijzigdDoorId_fkey" FOREIGN KEY ("gewijzigdDoorId") REFERENCES "Gebruiker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_afspraakId_fkey" FOREIGN KEY ("afspraakId") REFERENCES "Afspraak"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Begeleidingsplan" ADD CONSTRAINT "Begeleidingsplan_inburgeraarId_fkey" FOREIGN KEY ("inburgeraarId") REFERENCES "Inburgeraar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLeefgebied" ADD CONSTRAINT "PlanLeefgebied_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Begeleidingsplan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meetmoment" ADD CONSTRAINT "Meetmoment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Begeleidingsplan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meetmoment" ADD CONSTRAINT "Meetmoment_afgenomenDoorId_fkey" FOREIGN KEY ("afgenomenDoorId") REFERENCES "Gebruiker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeefgebiedScore" ADD CONSTRAINT "LeefgebiedScore_meetmomentId_fkey" FOREIGN KEY ("meetmomentId") REFERENCES "Meetmoment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Doel" ADD CONSTRAINT "Doel_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Begeleidingsplan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actie" ADD CONSTRAINT "Actie_doelId_fkey" FOREIGN KEY ("doelId") REFERENCES "Doel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Afspraak" ADD CONSTRAINT "Afspraak_inburgeraarId_fkey" FOREIGN KEY ("inburgeraarId") REFERENCES "Inburgeraar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Afspraak" ADD CONSTRAINT "Afspraak_medewerkerId_fkey" FOREIGN KEY ("medewerkerId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Afspraak" ADD CONSTRAINT "Afspraak_gelogdDoorId_fkey" FOREIGN KEY ("gelogdDoorId") REFERENCES "Gebruiker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signaal" ADD CONSTRAINT "Signaal_inburgeraarId_fkey" FOREIGN KEY ("inburgeraarId") REFERENCES "Inburgeraar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signaal" ADD CONSTRAINT "Signaal_gemeldDoorId_fkey" FOREIGN KEY ("gemeldDoorId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Overdracht" ADD CONSTRAINT "Overdracht_inburgeraarId_fkey" FOREIGN KEY ("inburgeraarId") REFERENCES "Inburgeraar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Overdracht" ADD CONSTRAINT "Overdracht_vanId_fkey" FOREIGN KEY ("vanId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Overdracht" ADD CONSTRAINT "Overdracht_naarGebruikerId_fkey" FOREIGN KEY ("naarGebruikerId") REFERENCES "Gebruiker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Overdracht" ADD CONSTRAINT "Overdracht_naarSocialeKaartId_fkey" FOREIGN KEY ("naarSocialeKaartId") REFERENCES "SocialeKaartOrganisatie"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toestemming" ADD CONSTRAINT "Toestemming_inburgeraarId_fkey" FOREIGN KEY ("inburgeraarId") REFERENCES "Inburgeraar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toestemming" ADD CONSTRAINT "Toestemming_vastgelegdDoorId_fkey" FOREIGN KEY ("vastgelegdDoorId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verlenging" ADD CONSTRAINT "Verlenging_inburgeraarId_fkey" FOREIGN KEY ("inburgeraarId") REFERENCES "Inburgeraar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verlenging" ADD CONSTRAINT "Verlenging_aangevraagdDoorId_fkey" FOREIGN KEY ("aangevraagdDoorId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verlenging" ADD CONSTRAINT "Verlenging_beoordeeldDoorId_fkey" FOREIGN KEY ("beoordeeldDoorId") REFERENCES "Gebruiker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialeKaartOrganisatie" ADD CONSTRAINT "SocialeKaartOrganisatie_organisatieId_fkey" FOREIGN KEY ("organisatieId") REFERENCES "Organisatie"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialeKaartOrganisatie" ADD CONSTRAINT "SocialeKaartOrganisatie_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_organisatieId_fkey" FOREIGN KEY ("organisatieId") REFERENCES "Organisatie"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The audit trail is append-only: refuse UPDATE and DELETE at the database.
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
