/**
 * Name matching for duplicate detection: whether two names may belong to the
 * same person despite another transliteration. Pure, no I/O.
 */

// Names of statushouders reach the Netherlands in many transliterations
// (Mohammed / Muhammad / Mohamad, Hussein / Husayn / Hossein, Yusuf / Youssef /
// Joesoef). A name is split into parts; each part becomes a sequence of sound
// units, where a unit may stand for several sounds ("ch" is kh, sh or h; an
// unstressed "e" may be any short vowel). Two parts match when their unit
// sequences line up unit by unit (long parts may differ in one unit).

/** Separate words that are dropped: Arabic articles and Dutch tussenvoegsels. */
const LIDWOORDEN = new Set([
  "al", "el", "ul", "ol", "ur", "ud", "ad", "ar", "as", "at", "az", "an", "ash", "ath", "adh",
  "van", "de", "der", "den", "het", "ter", "ten", "te",
]);

/** Separate words that belong to the next part: "Abd al-Rahman" is one name. */
const VOORVOEGSELS = new Set(["abd", "abdul", "abdel", "abdal", "abdol", "abdu", "abdou", "abdoul", "abu", "abou", "abo"]);

function naamWoorden(naam: string): string[] {
  const tekst = naam
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/ø/g, "o")
    .replace(/æ/g, "ae")
    .replace(/ı/g, "i")
    // Apostrophes and the transliterated ayn/hamza carry no sound we compare.
    .replace(/['’‘`´ʿʾʻʼ]/g, "")
    .replace(/[^a-z]+/g, " ")
    .trim();
  return tekst === "" ? [] : tekst.split(" ");
}

/**
 * A name in lower case without diacritics, punctuation, articles (al-, el-) or
 * tussenvoegsels, with "Abd al-" / "Abu" joined to the next part:
 * "Abd al-Rahman Al-Hassan" → "abdrahman hassan". Not a phonetic key: use
 * `lijktOpNaam` to compare names.
 */
export function normaliseerNaam(naam: string): string {
  return naamDelen(naam).join(" ");
}

function naamDelen(naam: string): string[] {
  const woorden = naamWoorden(naam);
  const delen: string[] = [];
  let voorvoegsel = "";
  for (let i = 0; i < woorden.length; i++) {
    const woord = woorden[i]!;
    const isLaatste = i === woorden.length - 1;
    if (!isLaatste && VOORVOEGSELS.has(woord)) {
      voorvoegsel += woord;
      continue;
    }
    if (!isLaatste && LIDWOORDEN.has(woord)) continue;
    delen.push(vereenvoudigAbd(voorvoegsel + woord));
    voorvoegsel = "";
  }
  if (voorvoegsel) delen.push(voorvoegsel);
  return delen;
}

/** "abdelrahman", "abdulrahman", "abdurrahman", "abdalrahman" → "abdrahman". */
function vereenvoudigAbd(deel: string): string {
  for (const patroon of [/^abd[aeiou]{0,2}l?/, /^abd[aeiou]{0,2}/]) {
    const m = patroon.exec(deel);
    if (m && deel.length - m[0].length >= 3) return `abd${deel.slice(m[0].length)}`;
  }
  return deel;
}

/** One sound unit: the set of sounds it may stand for. */
type Klank = readonly string[];

// Vowel classes: A (a), I (i, ee), U (o, u, ou, oe), AI (ai, ei, ay). An "e" alone is
// usually an unstressed short vowel, so it fits all three short vowels.
const KLINKERS: ReadonlyArray<[string, Klank]> = [
  ["aa", ["A"]], ["ai", ["AI"]], ["ay", ["AI"]], ["ei", ["AI"]], ["ey", ["AI"]],
  ["au", ["AU"]], ["aw", ["AU"]],
  ["ee", ["I", "A"]], ["ie", ["I"]], ["ii", ["I"]], ["iy", ["I"]],
  ["oo", ["U"]], ["ou", ["U"]], ["oe", ["U"]], ["uu", ["U"]],
  ["a", ["A"]], ["e", ["A", "I", "U"]], ["i", ["I"]], ["y", ["I"]], ["o", ["U"]], ["u", ["U"]],
];

const MEDEKLINKERS: ReadonlyArray<[string, Klank[]]> = [
  ["dzj", [["j"]]],
  ["sch", [["s"], ["x", "h"]]],
  ["kh", [["x"]]],
  // "ch" is kh in Dutch (Chalid), sh in French (Aicha, Rachid), h in Achmed.
  ["ch", [["x", "š", "h"]]],
  ["sh", [["š"]]], ["sj", [["š"]]],
  ["gh", [["g"]]], ["dh", [["d"]]], ["th", [["t"]]], ["ph", [["f"]]],
  ["dj", [["j"]]], ["ck", [["k"]]],
  ["b", [["b"]]], ["c", [["k", "s"]]], ["d", [["d"]]], ["f", [["f"]]], ["g", [["g"]]],
  ["h", [["h"]]], ["j", [["j", "y"]]], ["k", [["k"]]], ["l", [["l"]]], ["m", [["m"]]],
  ["n", [["n"]]], ["p", [["p"]]], ["q", [["k"]]], ["r", [["r"]]], ["s", [["s"]]],
  ["t", [["t"]]], ["v", [["w"]]], ["w", [["w"]]], ["x", [["k"], ["s"]]], ["z", [["z"]]],
];

const isKlinker = (c: string | undefined) => c !== undefined && "aeiou".includes(c);

function klanken(deel: string): Klank[] {
  const woord = deel
    .replace(/([b-df-hj-np-tv-z])\1+/g, "$1")
    // A final h after a vowel is silent: Fatimah, Sarah, Aishah.
    .replace(/([aeiouy])h$/, "$1");
  const uit: Klank[] = [];
  let i = 0;
  while (i < woord.length) {
    const c = woord[i]!;
    // y is a consonant at the start and before a vowel (Yusuf, Maryam), else a vowel (Husayn).
    const yIsMedeklinker = c === "y" && (i === 0 || isKlinker(woord[i + 1]));
    if (yIsMedeklinker) {
      uit.push(["y", "I"]);
      i += 1;
      continue;
    }
    if (isKlinker(c) || c === "y") {
      const paar = woord.slice(i, i + 2);
      const tweede = woord[i + 1];
      // A y that starts a new syllable (ay-a) is not part of this vowel.
      const tweeTekens = tweede === "y" && isKlinker(woord[i + 2]) ? undefined : KLINKERS.find(([k]) => k === paar);
      if (tweeTekens) {
        uit.push(tweeTekens[1]);
        i += 2;
      } else {
        uit.push(KLINKERS.find(([k]) => k === c)![1]);
        i += 1;
      }
      continue;
    }
    const m = MEDEKLINKERS.find(([k]) => woord.startsWith(k, i));
    if (!m) {
      i += 1;
      continue;
    }
    uit.push(...m[1]);
    i += m[0].length;
  }
  // Neighbouring units that sound the same count once ("sch" + "ch", "ee" split).
  return uit.filter((k, j) => j === 0 || !zelfdeKlank(k, uit[j - 1]!));
}

const zelfdeKlank = (a: Klank, b: Klank) => a.length === b.length && a.every((x) => b.includes(x));
const pastBij = (a: Klank, b: Klank) => a.some((x) => b.includes(x));

/** Edit distance over sound units; substituting a compatible unit costs nothing. */
function klankAfstand(a: Klank[], b: Klank[]): number {
  let vorige = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const rij = [i];
    for (let j = 1; j <= b.length; j++) {
      const vervang = vorige[j - 1]! + (pastBij(a[i - 1]!, b[j - 1]!) ? 0 : 1);
      rij.push(Math.min(vervang, vorige[j]! + 1, rij[j - 1]! + 1));
    }
    vorige = rij;
  }
  return vorige[b.length]!;
}

/**
 * Per name part its sound units, and for a part with a glued article
 * ("Alhassan", "Elamrani") also the units without it.
 */
function klankVarianten(naam: string): Klank[][][] {
  return naamDelen(naam)
    .map((deel) => {
      const zonderLidwoord = /^(?:al|el)([a-z]{4,})$/.exec(deel)?.[1];
      return (zonderLidwoord ? [deel, zonderLidwoord] : [deel]).map(klanken);
    })
    .filter((varianten) => varianten[0]!.length > 1);
}

/** Parts this long may differ in one unit (a typo); shorter parts must line up exactly. */
const MIN_KLANKEN_VOOR_TOLERANTIE = 8;

function delenLijkenOpElkaar(a: Klank[], b: Klank[]): boolean {
  const tolerantie = Math.min(a.length, b.length) >= MIN_KLANKEN_VOOR_TOLERANTIE ? 1 : 0;
  return klankAfstand(a, b) <= tolerantie;
}

/**
 * Whether two names may belong to the same person despite a different
 * transliteration. Order does not matter ("Ali Mohammed" = "Mohamed Ali"), and
 * every part of the shorter name must match a different part of the longer one
 * (a name with the father's name added still matches). Meant to flag a possible
 * duplicate for a person to check, together with the date of birth.
 */
export function lijktOpNaam(a: string, b: string): boolean {
  const delenA = klankVarianten(a);
  const delenB = klankVarianten(b);
  const [kort, lang] = delenA.length <= delenB.length ? [delenA, delenB] : [delenB, delenA];
  if (kort.length === 0) return false;
  const past = kort.map((k) => lang.map((l) => k.some((vk) => l.some((vl) => delenLijkenOpElkaar(vk, vl)))));
  // Every part of the short name needs its own partner: a tiny bipartite matching.
  const gebruikt = new Set<number>();
  const koppel = (i: number): boolean => {
    if (i === kort.length) return true;
    for (let j = 0; j < lang.length; j++) {
      if (gebruikt.has(j) || !past[i]![j]) continue;
      gebruikt.add(j);
      if (koppel(i + 1)) return true;
      gebruikt.delete(j);
    }
    return false;
  };
  return koppel(0);
}
