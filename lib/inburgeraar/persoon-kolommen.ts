import { kalenderdatumNaarDate } from "@/lib/tijd";
import type { DossierBasis } from "./schema";

/**
 * The person's own columns from a parsed aanmeld or gegevens form, with the
 * rules that hold for both: no tolk language without a tolk, no reason for
 * guidance without a legal right when there is one, each doelgroep once.
 */
export function persoonsKolommen(d: DossierBasis, wettelijkRecht: boolean) {
  return {
    voornaam: d.voornaam,
    achternaam: d.achternaam,
    geboortedatum: kalenderdatumNaarDate(d.geboortedatum),
    vNummer: d.vNummer,
    landVanHerkomst: d.landVanHerkomst,
    talen: d.talen,
    tolkNodig: d.tolkNodig,
    tolkTaal: d.tolkNodig ? d.tolkTaal : null,
    telefoon: d.telefoon,
    email: d.email,
    straat: d.straat,
    huisnummer: d.huisnummer,
    postcode: d.postcode,
    woonplaats: d.woonplaats,
    verblijfsvergunning: d.verblijfsvergunning,
    redenZonderWettelijkRecht: wettelijkRecht ? null : d.redenZonderWettelijkRecht,
    doelgroepen: [...new Set(d.doelgroepen)],
  };
}
