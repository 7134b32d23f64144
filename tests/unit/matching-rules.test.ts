import { describe, expect, it } from "vitest";
import { rangschik, taalMatch, type MatchKandidaat, type MatchPersoon } from "@/lib/matching/rules";

const VANDAAG = "2026-11-29";

const nasrin: MatchPersoon = {
  talen: ["Farsi"],
  tolkNodig: true,
  tolkTaal: "Farsi",
  gemeenteId: "g-dh",
  gemeenteNaam: "Den Haag",
  doelgroepen: ["ALLEENSTAANDE_OUDER"],
};

let n = 0;
function kandidaat(over: Partial<MatchKandidaat> = {}): MatchKandidaat {
  n++;
  return {
    id: `k${n}`,
    naam: `Vrijwilliger ${n}`,
    accountActief: true,
    status: "ACTIEF",
    taken: ["MAATJE"],
    talen: ["Nederlands"],
    gemeenteIds: ["g-dh"],
    voorkeurDoelgroepen: [],
    vogDatum: "2025-06-01",
    maxMaatjes: 2,
    aantalMaatjes: 0,
    ...over,
  };
}

describe("matching: wie stellen we voor als maatje", () => {
  it("taal gaat voor ruimte: de Farsi-spreker met 1 plek staat boven iemand zonder gedeelde taal met 3 plekken, en de UI zegt waarom", () => {
    const farsi = kandidaat({ naam: "Parisa", talen: ["Farsi", "Nederlands"], maxMaatjes: 2, aantalMaatjes: 1 });
    const ruim = kandidaat({ naam: "Anna", talen: ["Nederlands", "Engels"], maxMaatjes: 3, aantalMaatjes: 0 });
    const { voorgesteld } = rangschik(nasrin, [ruim, farsi], VANDAAG);
    expect(voorgesteld.map((s) => s.kandidaat.naam)).toEqual(["Parisa", "Anna"]);
    expect(voorgesteld[0]!.redenen).toEqual(["spreekt Farsi (geen tolk nodig)", "werkt in Den Haag", "nog 1 plek", "taal gaat voor ruimte"]);
    expect(voorgesteld[0]!.taalGaatVoorRuimte).toBe(true);
    expect(voorgesteld[1]!.redenen).toEqual(["werkt in Den Haag", "nog 3 plekken"]);
    expect(voorgesteld[1]!.taalGaatVoorRuimte).toBe(false);
  });

  it("maar wie geen plek meer heeft wordt niet voorgesteld, ook niet met de juiste taal", () => {
    const vol = kandidaat({ naam: "Vol", talen: ["Farsi"], maxMaatjes: 1, aantalMaatjes: 1 });
    const { voorgesteld, nietVoorgesteld } = rangschik(nasrin, [vol], VANDAAG);
    expect(voorgesteld).toEqual([]);
    expect(nietVoorgesteld[0]).toMatchObject({ redenen: ["VOL"], tekst: "geen plek meer" });
  });

  it("bij gelijke taal: gemeente, dan vrije plekken, dan voorkeur, dan naam", () => {
    const elders = kandidaat({ naam: "A-elders", gemeenteIds: ["g-ander"], maxMaatjes: 5 });
    const hierWeinig = kandidaat({ naam: "B-hier-1", maxMaatjes: 1 });
    const hierVeel = kandidaat({ naam: "C-hier-2", maxMaatjes: 2 });
    const hierVeelVoorkeur = kandidaat({ naam: "D-hier-2-voorkeur", maxMaatjes: 2, voorkeurDoelgroepen: ["ALLEENSTAANDE_OUDER"] });
    const overal = kandidaat({ naam: "E-overal", gemeenteIds: [], maxMaatjes: 1 });
    const { voorgesteld } = rangschik(nasrin, [elders, hierWeinig, hierVeel, hierVeelVoorkeur, overal], VANDAAG);
    expect(voorgesteld.map((s) => s.kandidaat.naam)).toEqual(["D-hier-2-voorkeur", "C-hier-2", "B-hier-1", "E-overal", "A-elders"]);
    expect(voorgesteld[0]!.redenen).toContain("werkt graag met: alleenstaande ouder");
    // Available everywhere counts as in the gemeente, without claiming it as a reason.
    expect(voorgesteld[3]!.redenen).toEqual(["nog 1 plek"]);
  });

  it("de eerste taal of tolktaal weegt zwaarder dan een andere gedeelde taal", () => {
    const p: MatchPersoon = { ...nasrin, talen: ["Dari", "Engels"], tolkNodig: false, tolkTaal: null };
    expect(taalMatch(p, ["Engels"])).toEqual({ niveau: 1, gedeeld: ["Engels"] });
    expect(taalMatch(p, ["dari "])).toEqual({ niveau: 2, gedeeld: ["Dari"] });
    expect(taalMatch(p, ["Engels", "Dari"])).toEqual({ niveau: 2, gedeeld: ["Dari", "Engels"] });
    // Interpreter language also counts when it is not among the person's own languages.
    const metTolk: MatchPersoon = { ...p, talen: ["Pasjtoe"], tolkNodig: true, tolkTaal: "Dari" };
    expect(taalMatch(metTolk, ["Dari"]).niveau).toBe(2);
    const { voorgesteld } = rangschik(
      p,
      [kandidaat({ naam: "Engels", talen: ["Engels"], maxMaatjes: 3 }), kandidaat({ naam: "Dari", talen: ["Dari"], maxMaatjes: 1 })],
      VANDAAG,
    );
    expect(voorgesteld.map((s) => s.kandidaat.naam)).toEqual(["Dari", "Engels"]);
  });

  it("gepauzeerd, gestopt, zonder VOG, met verlopen VOG of zonder maatjestaak: nooit voorgesteld, met de reden", () => {
    const lijst = [
      kandidaat({ naam: "Gepauzeerd", status: "GEPAUZEERD", talen: ["Farsi"] }),
      kandidaat({ naam: "Gestopt", status: "GESTOPT", talen: ["Farsi"] }),
      kandidaat({ naam: "Geen VOG", vogDatum: null, talen: ["Farsi"] }),
      kandidaat({ naam: "Oude VOG", vogDatum: "2023-11-29", talen: ["Farsi"] }),
      kandidaat({ naam: "Kantoor", taken: ["KANTOOR"], talen: ["Farsi"] }),
      kandidaat({ naam: "Uit", accountActief: false, talen: ["Farsi"] }),
    ];
    const { voorgesteld, nietVoorgesteld } = rangschik(nasrin, lijst, VANDAAG);
    expect(voorgesteld).toEqual([]);
    expect(Object.fromEntries(nietVoorgesteld.map((x) => [x.kandidaat.naam, x.tekst]))).toEqual({
      Gepauzeerd: "gepauzeerd",
      Gestopt: "gestopt",
      "Geen VOG": "geen VOG bekend",
      "Oude VOG": "VOG verlopen",
      Kantoor: "doet geen maatjeswerk",
      Uit: "account uitgeschakeld",
    });
  });

  it("een VOG die binnen 60 dagen verloopt: wel voorgesteld, met een waarschuwing", () => {
    const { voorgesteld } = rangschik(nasrin, [kandidaat({ naam: "Bijna", vogDatum: "2024-01-15" })], VANDAAG);
    expect(voorgesteld[0]!.redenen).toContain("let op: VOG verloopt 15 januari 2027");
  });
});
