import { samenvattingGelogd, samenvattingGepland } from "@/lib/afspraak/rules";
import type { Rol } from "@/lib/db/generated/enums";
import {
  omschrijfGegevensVeld,
  samenvattingAangemeld,
  samenvattingFaseWijziging,
  samenvattingGegevensGewijzigd,
} from "@/lib/inburgeraar/samenvattingen";
import { samenvattingChecklist } from "@/lib/opstart/rules";
import { BEL_UITKOMST_LABELS } from "@/lib/bellijst/rules";
import { zinVoorPlan } from "@/lib/plan/zinnen";
import { TOEWIJZING_ROL_LABELS } from "@/lib/toewijzing/schema";
import { VRIJWILLIGER_STATUS_LABELS } from "@/lib/vrijwilliger/rules";
import { samenvattingVerlengingAangevraagd, samenvattingVerlengingBesluit } from "@/lib/verlenging/rules";
import { LEERROUTE_LABELS, OVERDRACHT_TYPE_LABELS, ONDERWERP_LABELS, ontvangerOmschrijving } from "@/lib/toestemming/labels";
import { DOORVERWIJZING_UITKOMST_LABELS } from "@/lib/doorverwijzing/labels";
import { formatKalenderdatum } from "@/lib/tijd";
import { AUDIT_ACTIES, isAuditActieNaam, leesAuditActie, type AuditActie, type WeigerReden } from "./acties";

/**
 * Event → Dutch sentence, when the trail is read. Pure. A stored row that is not
 * (or no longer) a valid typed event still reads: its stored samenvatting
 * (rows written before events were typed), else the label of its kind.
 */
export function zinVoorAudit(rij: { actie: string; details: unknown }): string {
  const gebeurtenis = leesAuditActie(rij);
  if (gebeurtenis) return zinVoor(gebeurtenis);
  const details = rij.details && typeof rij.details === "object" && !Array.isArray(rij.details) ? (rij.details as Record<string, unknown>) : {};
  if (typeof details.samenvatting === "string" && details.samenvatting.trim() !== "") return details.samenvatting;
  return labelVoorAudit(rij.actie);
}

/** The short name of a kind of event ("Afspraak gelogd"); unknown kinds get a generic name. */
export function labelVoorAudit(actie: string): string {
  return isAuditActieNaam(actie) ? AUDIT_ACTIES[actie].label : "Andere gebeurtenis";
}

const ROL_NAMEN: Record<Rol, string> = {
  BEGELEIDER: "begeleider",
  VRIJWILLIGER: "vrijwilliger",
  TEAMLEIDER: "teamleider",
  CONSULENT: "inburgeringsconsulent",
  BEHEERDER: "beheerder",
};

const WEIGER_ZINNEN: Record<WeigerReden, string> = {
  "buiten-bereik": "Toegang geweigerd: dit dossier bestaat niet of valt buiten het bereik van deze gebruiker",
  "geen-toestemming": "Toegang geweigerd: de inburgeraar gaf hiervoor geen toestemming",
  "geen-recht": "Toegang geweigerd: deze rol mag dit niet",
};

const ONDERDEEL_NAMEN: Record<string, string> = {
  dossier: "kop van het dossier",
  overzicht: "overzicht",
  gegevens: "gegevens",
  opstartfase: "checklist opstartfase",
  "contact-vastleggen": "contact vastleggen",
  // The dossier parts of lib/authz/zicht.ts, as a refused load names them.
  basis: "naam en fase",
  persoon: "persoonsgegevens",
  identiteit: "verblijfspapieren",
  bsn: "BSN",
  contact: "contactgegevens",
  traject: "trajectgegevens",
  inburgering: "inburgeringsdatums",
  rapportages: "voortgangsrapportages",
  toestemming: "toestemmingen",
  rapportage: "voortgangsrapportage",
  overdracht: "overdracht",
  financieel: "financiële gegevens",
  verslagen: "verslagen",
  checklist: "checklist",
  afspraken: "afspraken",
  plan: "begeleidingsplan",
  signalen: "signalen",
};

/** "overzicht", or "basis,contact" from a refused load: in plain words. */
const onderdeelNaam = (onderdeel: string) =>
  onderdeel
    .split(",")
    .map((o) => ONDERDEEL_NAMEN[o.trim()] ?? o.trim())
    .join(", ");

/** The sentence of one typed event. */
export function zinVoor(g: AuditActie): string {
  switch (g.actie) {
    case "inburgeraar.aangemeld":
      return samenvattingAangemeld(g.details.gemeente, g.details.einddatum);
    case "inburgeraar.gegevens-gewijzigd": {
      const { velden, waarden, bsn, einddatum } = g.details;
      const delen = velden.filter((v) => v !== "bsn").map((v) => omschrijfGegevensVeld(v, waarden));
      if (bsn) delen.push(`BSN ${bsn}`);
      return samenvattingGegevensGewijzigd(delen, einddatum);
    }
    case "inburgeraar.fase-gewijzigd":
      return samenvattingFaseWijziging(g.details.stap, g.details.van, g.details.naar, {
        checklistPunten: g.details.checklistPunten,
        redenOpenPunten: g.details.reden ?? null,
      });
    case "inburgeraar.bekeken": {
      return `Dossier bekeken: ${onderdeelNaam(g.details.onderdeel)}${g.details.bsnGetoond ? ", met BSN" : ""}`;
    }
    case "toegang.geweigerd":
      return `${WEIGER_ZINNEN[g.details.reden]}${g.details.onderdeel ? ` (${onderdeelNaam(g.details.onderdeel)})` : ""}`;
    case "checklist.gewijzigd":
      return `${samenvattingChecklist(g.details.titel, g.details.van, g.details.naar, Boolean(g.details.afspraakId))}${g.details.ongedaan ? " (ongedaan gemaakt)" : ""}`;
    case "afspraak.gepland":
      return samenvattingGepland(g.details.type, new Date(g.details.start));
    case "afspraak.gewijzigd":
      return samenvattingGepland(g.details.type, new Date(g.details.start)).replace(/^Afspraak gepland/, "Afspraak verplaatst");
    case "afspraak.gelogd":
      return `${samenvattingGelogd(g.details.type, g.details.status, g.details.duurMinuten, g.details.isEindgesprek)}${g.details.groep ? ` (groep van ${g.details.groep})` : ""}`;
    case "toewijzing.gemaakt": {
      const { naam, rol, vorige, uitzondering, overdracht } = g.details;
      let zin = `${naam} is nu ${TOEWIJZING_ROL_LABELS[rol].toLowerCase()}${vorige.length ? ` (in plaats van ${vorige.join(", ")})` : ""}.`;
      if (overdracht) zin += " Met een notitie voor de overdracht.";
      if (uitzondering) zin += ` Toegewezen hoewel niet voorgesteld: ${uitzondering}`;
      return zin;
    }
    case "inburgeraar.maatje-gewenst":
      return g.details.gewenst ? "Wil graag een maatje: staat op de wachtlijst tot er een is." : "Wil (nu) geen maatje meer.";
    case "bellijst.gebeld":
      return `Gebeld vanaf de bellijst: ${BEL_UITKOMST_LABELS[g.details.uitkomst].toLowerCase()}${g.details.naarBegeleider ? ". Drie keer op rij niet bereikt: doorgezet naar de begeleider." : "."}`;
    case "gebruiker.gewijzigd": {
      const { velden, rolVan, rolNaar } = g.details;
      const rol = rolVan && rolNaar ? `; rol van ${ROL_NAMEN[rolVan]} naar ${ROL_NAMEN[rolNaar]}` : "";
      return `Account gewijzigd: ${velden.join(", ")}${rol}`;
    }
    case "vrijwilliger.profiel-gewijzigd": {
      const { velden, status, eigen } = g.details;
      return `${eigen ? "Eigen vrijwilligersprofiel" : "Vrijwilligersprofiel"} gewijzigd: ${velden.join(", ")}${status ? ` (status: ${VRIJWILLIGER_STATUS_LABELS[status].toLowerCase()})` : ""}`;
    }
    case "toewijzing.beeindigd": {
      const { naam, rol, reden } = g.details;
      return `${naam} is niet langer ${TOEWIJZING_ROL_LABELS[rol].toLowerCase()}${reden ? `: ${reden}` : "."}`;
    }
    case "verlenging.aangevraagd":
      return samenvattingVerlengingAangevraagd(g.details.maanden, g.details.reden);
    case "verlenging.goedgekeurd":
      return samenvattingVerlengingBesluit("GOEDGEKEURD", g.details.maanden, g.details.einddatum, g.details.toelichting);
    case "verlenging.afgewezen":
      return samenvattingVerlengingBesluit("AFGEWEZEN", g.details.maanden, null, g.details.toelichting);
    case "plan.leefgebied-gewijzigd":
    case "plan.focus-gekozen":
    case "plan.doel-toegevoegd":
    case "plan.doel-gewijzigd":
    case "plan.actie-toegevoegd":
    case "plan.actie-afgerond":
    case "plan.meetmoment-vastgelegd":
    case "plan.akkoord":
      return zinVoorPlan(g);
    case "plan.pdf-gedownload":
      return AUDIT_ACTIES[g.actie].label;
    case "toestemming.vastgelegd": {
      const d = g.details;
      const onderwerpen = d.onderwerpen.map((o) => ONDERWERP_LABELS[o].toLowerCase()).join(", ");
      return `Toestemming vastgelegd om te delen met ${ontvangerOmschrijving(d.ontvanger, d.ontvangerNaam)}: ${onderwerpen}. Gegeven op ${formatKalenderdatum(d.gegevenOp)}${
        d.geldigTot ? `, geldig tot en met ${formatKalenderdatum(d.geldigTot)}` : ""
      }${d.scan ? ", met scan van het formulier" : ""}.`;
    }
    case "toestemming.ingetrokken": {
      const d = g.details;
      const onderwerpen = d.onderwerpen.map((o) => ONDERWERP_LABELS[o].toLowerCase()).join(", ");
      return `Toestemming ingetrokken voor ${ontvangerOmschrijving(d.ontvanger, d.ontvangerNaam)} (${onderwerpen}), vanaf ${formatKalenderdatum(d.ingetrokkenOp)}.`;
    }
    case "inburgering.datums-vastgelegd": {
      const d = g.details;
      const delen = [
        d.bredeIntakeDatum ? `brede intake ${formatKalenderdatum(d.bredeIntakeDatum)}` : null,
        d.pipVastgesteldDatum ? `PIP vastgesteld ${formatKalenderdatum(d.pipVastgesteldDatum)}` : null,
        d.leerroute ? `leerroute ${LEERROUTE_LABELS[d.leerroute as keyof typeof LEERROUTE_LABELS] ?? d.leerroute}` : null,
        d.startLeerrouteDatum ? `start leerroute ${formatKalenderdatum(d.startLeerrouteDatum)}` : null,
        d.eersteLesDatum ? `eerste les ${formatKalenderdatum(d.eersteLesDatum)}` : null,
      ].filter(Boolean);
      return delen.length ? `Inburgeringsdatums vastgelegd: ${delen.join(", ")}.` : "Inburgeringsdatums leeggemaakt.";
    }
    case "rapportage.gedeeld":
      return `Voortgangsrapportage (versie ${g.details.versie}) gedeeld met de consulent${g.details.metToelichting ? ", met een toelichting" : ""}.`;
    case "rapportage.bekeken":
      return `Voortgangsrapportage (versie ${g.details.versie}) bekeken${g.details.pdf ? " als pdf" : ""}`;
    case "overdracht.verstuurd":
      return `${OVERDRACHT_TYPE_LABELS[g.details.type]} verstuurd naar ${g.details.naar}.`;
    case "overdracht.ontvangen":
      return `${OVERDRACHT_TYPE_LABELS[g.details.type]} ontvangen door ${g.details.door}.`;
    case "signaal.gemeld":
      return `Signaal gemeld (${g.details.meldcode ? "Meldcode, " : ""}urgentie ${g.details.ernst.toLowerCase()}).`;
    case "signaal.actie-vastgelegd":
      return g.details.opvolgOp ? `Vervolgactie bij signaal vastgelegd, herinnering ${formatKalenderdatum(g.details.opvolgOp)}.` : "Vervolgactie bij signaal vastgelegd.";
    case "signaal.status-gewijzigd":
      return `Signaal ${g.details.naar === "AFGESLOTEN" ? "afgesloten" : g.details.naar === "DOORVERWEZEN" ? "doorverwezen" : "gewijzigd"}.`;
    case "signaal.gedeeld":
      return g.details.grond === "VEILIGHEID" ? "Signaal gedeeld met de consulent op grond van veiligheid (Meldcode), met een schriftelijke reden." : "Signaal gedeeld met de consulent, met toestemming.";
    case "meldcode.stap-vastgelegd":
      return `Meldcode stap ${g.details.stap} vastgelegd${g.details.gemeld ? ": gemeld bij Veilig Thuis" : ""}.`;
    case "tweestaps.gelukt":
      return `Tweede stap van het inloggen gelukt (${{ TOTP: "code uit de app", HERSTELCODE: "herstelcode", IDP: "via de eigen inlogdienst" }[g.details.methode]})`;
    case "organisatie.sessies-gewijzigd":
      return `Sessie-instellingen gewijzigd: uitloggen na ${g.details.sessieInactiefMinuten} minuten zonder activiteit, hoogstens ${g.details.sessieMaxUren} uur ingelogd`;
    case "login.mislukt":
      return `Inloggen mislukt met ${g.details.email}`;
    case "login.geblokkeerd":
      return `Inloggen met ${g.details.email} geweigerd: te veel mislukte pogingen voor dit account`;
    case "login.geblokkeerd-ip":
      return `Inloggen met ${g.details.email} geweigerd: te veel mislukte pogingen vanaf dit IP-adres`;
    case "gebruiker.aanmaken-geweigerd":
      return `Account met ${g.details.email} niet aangemaakt: dit e-mailadres is niet bruikbaar`;
    case "gebruiker.aangemaakt":
      return `Account aangemaakt als ${ROL_NAMEN[g.details.rol]}`;
    case "gemeente.instellingen-gewijzigd": {
      const d = g.details;
      return `Gemeente-instellingen gewijzigd: looptijd ${d.looptijdMaanden} maanden, opstartfase ${d.opstartfaseWeken} weken, contactnorm ${d.contactNormDagen} dagen`;
    }
    case "checklist-template.gewijzigd":
      return `Checklist ${g.details.sjabloon} (${g.details.gemeente}): ${g.details.titel} aangepast`;
    case "checklist-template.item-toegevoegd":
      return `Checklist ${g.details.sjabloon} (${g.details.gemeente}): ${g.details.titel} toegevoegd`;
    case "checklist-template.item-gedeactiveerd":
      return `Checklist ${g.details.sjabloon} (${g.details.gemeente}): ${g.details.titel} uitgezet`;
    case "sociale-kaart.toegevoegd":
      return `Sociale kaart: ${g.details.naam} toegevoegd`;
    case "sociale-kaart.gewijzigd":
      return `Sociale kaart: ${g.details.naam} gewijzigd${g.details.actief ? "" : " (niet meer actief)"}`;
    case "sociale-kaart.geimporteerd":
      return `Sociale kaart van ${g.details.gemeente} geïmporteerd: ${g.details.nieuw} nieuw, ${g.details.bijgewerkt} bijgewerkt`;
    case "sociale-kaart.geexporteerd":
      return `Sociale kaart geëxporteerd (${g.details.aantal} organisaties)`;
    case "doorverwijzing.vastgelegd":
      return `Doorverwezen naar ${g.details.organisatie} op ${formatKalenderdatum(g.details.datum)}.`;
    case "doorverwijzing.uitkomst":
      return `Uitkomst doorverwijzing naar ${g.details.organisatie}: ${DOORVERWIJZING_UITKOMST_LABELS[g.details.uitkomst].toLowerCase()}.`;
    case "overleg.aangemaakt":
      return `Casuïstiekoverleg op ${formatKalenderdatum(g.details.datum)} gepland met ${g.details.dossiers} ${g.details.dossiers === 1 ? "dossier" : "dossiers"}`;
    case "overleg.besproken":
      return `Besproken in het casuïstiekoverleg van ${formatKalenderdatum(g.details.datum)} (${g.details.acties} ${g.details.acties === 1 ? "actie" : "acties"}).`;
    case "overleg.actie-afgerond":
      return g.details.afgerond ? "Actie uit het casuïstiekoverleg afgerond." : "Actie uit het casuïstiekoverleg weer open gezet.";
    case "toestemming.scan-bekeken":
    case "signaal.opgepakt":
    case "login.gelukt":
    case "login.uitgeschakeld":
    case "logout":
    case "tweestaps.ingesteld":
    case "tweestaps.mislukt":
    case "tweestaps.geblokkeerd":
    case "tweestaps.uitgezet":
    case "tweestaps.herstelcodes-vernieuwd":
    case "sessie.beeindigd":
    case "sessie.overal-uitgelogd":
    case "gebruiker.tweestaps-gereset":
    case "capaciteit.geexporteerd":
    case "avg.inzage-gemaakt":
    case "avg.geanonimiseerd":
    case "avg.bewaartermijn-gewijzigd":
    case "agenda.token-gemaakt":
    case "agenda.token-vervangen":
    case "agenda.token-ingetrokken":
    case "gebruiker.geactiveerd":
    case "gebruiker.uitgeschakeld":
    case "gebruiker.wachtwoord-gereset":
    case "gebruiker.wachtwoord-gewijzigd":
    case "gebruiker.wachtwoord-wijzigen-mislukt":
    case "gebruiker.wachtwoord-wijzigen-geblokkeerd":
      return AUDIT_ACTIES[g.actie].label;
  }
}
