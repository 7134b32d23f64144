/**
 * Builds lib/auth/wachtwoordlijst/veelgebruikt.txt: an offline list of
 * common and breached-style passwords, made here without any download (see
 * docs/decisions/014). Deterministic: run it again and the file is the same.
 *
 *   npx tsx scripts/maak-wachtwoordlijst.ts
 *
 * How: well-known top passwords and keyboard walks, plus base words that
 * breach corpora are full of (English and Dutch words, names, clubs, cities,
 * seasons, months, "wachtwoord", "welkom", the service's own name), each
 * with the variations people use to pass a length rule: leet (a→@, e→3,
 * i→1, o→0, s→$), doubled, and followed by years 1970–2030 (also two
 * digits), "123…", "!" and "@". Capitals are not a variation: the check
 * compares in lower case. Stored lower case, one per line, sorted;
 * entries shorter than 8 characters are left out (they already fail the
 * 12-character minimum, except as the stem a longer password is built on,
 * which lib/auth/wachtwoordbeleid.ts checks separately).
 */
import { writeFileSync } from "node:fs";

const TOP = [
  "123456", "password", "12345678", "qwerty", "123456789", "12345", "1234", "111111", "1234567", "dragon", "123123", "baseball",
  "abc123", "football", "monkey", "letmein", "shadow", "master", "696969", "mustang", "666666", "qwertyuiop", "123321", "1234567890",
  "pussy", "superman", "654321", "1qaz2wsx", "7777777", "121212", "000000", "qazwsx", "123qwe", "killer", "trustno1", "jordan",
  "jennifer", "zxcvbnm", "asdfgh", "hunter", "buster", "soccer", "harley", "batman", "andrew", "tigger", "sunshine", "iloveyou",
  "2000", "charlie", "robert", "thomas", "hockey", "ranger", "daniel", "starwars", "klaster", "112233", "george", "computer",
  "michelle", "jessica", "pepper", "1111", "zxcvbn", "555555", "11111111", "131313", "freedom", "777777", "pass", "maggie",
  "159753", "aaaaaa", "ginger", "princess", "joshua", "cheese", "amanda", "summer", "love", "ashley", "nicole", "chelsea",
  "biteme", "matthew", "access", "yankees", "987654321", "dallas", "austin", "thunder", "taylor", "matrix", "mobilemail", "mom",
  "monitor", "monitoring", "montana", "moon", "moscow", "passw0rd", "admin", "administrator", "welcome", "login", "qwerty123",
  "password1", "password123", "qwertyuiop123", "1q2w3e4r", "1q2w3e4r5t", "1q2w3e4r5t6y", "zaq12wsx", "q1w2e3r4", "q1w2e3r4t5",
  "asdfghjkl", "asdfasdf", "qweasdzxc", "1qazxsw2", "!qaz2wsx", "azerty", "azertyuiop", "qwertz", "qwertzuiop", "abcdefgh",
  "abcdefghijkl", "abcdefghij", "aaaaaaaa", "00000000", "99999999", "88888888", "12341234", "11223344", "123454321", "iloveyou1",
];

const WOORDEN = [
  // English
  "password", "welcome", "letmein", "iloveyou", "sunshine", "princess", "football", "baseball", "dragon", "monkey", "master",
  "shadow", "superman", "batman", "starwars", "pokemon", "computer", "internet", "secret", "freedom", "whatever", "trustno1",
  "changeme", "default", "qwerty", "admin", "administrator", "summer", "winter", "spring", "autumn", "love", "lovely", "angel",
  "butterfly", "chocolate", "flower", "family", "forever", "friends", "hello", "michael", "jennifer", "jessica", "charlie",
  "liverpool", "arsenal", "chelsea", "manchester", "barcelona", "london", "america", "google", "microsoft", "facebook", "apple",
  "samsung", "office", "server", "company", "business", "security", "access", "login", "guest", "user", "test", "testing",
  // Dutch
  "wachtwoord", "welkom", "welkom01", "geheim", "hallo", "hoihoi", "voorjaar", "lente", "zomer", "herfst", "winter", "januari",
  "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december", "maandag",
  "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "amsterdam", "rotterdam", "denhaag", "utrecht",
  "eindhoven", "groningen", "tilburg", "almere", "breda", "nijmegen", "roermond", "leiden", "haarlem", "nederland", "holland",
  "oranje", "ajax", "feyenoord", "psv", "twente", "vitesse", "kabouter", "konijn", "poesje", "hondje", "schatje", "liefde",
  "prinses", "voetbal", "fiets", "koffie", "appeltaart", "stroopwafel", "gemeente", "kantoor", "werk", "thuis", "familie",
  "vluchtelingenwerk", "vluchteling", "inburgering", "begeleider", "vrijwilliger", "teamleider", "consulent", "beheerder",
  "wegwijs", "welkom123", "sinterklaas", "kerstmis", "koningsdag", "tulp", "molen", "kaas",
  // names
  "daniel", "thomas", "robert", "andrew", "joshua", "matthew", "jordan", "taylor", "ashley", "nicole", "amanda", "michelle",
  "jan", "piet", "klaas", "kees", "henk", "anna", "emma", "sophie", "julia", "lisa", "sanne", "fleur", "lotte", "daan", "sem",
  "lucas", "levi", "finn", "noah", "mohammed", "ahmed", "fatima", "ali", "omar", "sara", "maria", "peter", "johan", "marco",
];

const JAREN = Array.from({ length: 2030 - 1970 + 1 }, (_, i) => String(1970 + i));
const ACHTER = ["", "1", "12", "123", "1234", "12345", "123456", "!", "1!", "123!", "01", "@"];

/** The word, and the word in full leet (a→@, o→0, e→3, i→1, s→$): the variation breach lists show most. */
function leet(w: string): string[] {
  return [...new Set([w, w.replace(/a/g, "@").replace(/o/g, "0").replace(/e/g, "3").replace(/i/g, "1").replace(/s/g, "$")])];
}

const lijst = new Set<string>();
const voeg = (w: string) => {
  const l = w.toLowerCase();
  if (l.length >= 8 && l.length <= 64) lijst.add(l);
};
for (const w of TOP) voeg(w);
for (const basis of WOORDEN) {
  for (const w of [...leet(basis), basis + basis]) {
    for (const a of ACHTER) voeg(w + a);
    for (const j of JAREN) {
      voeg(w + j);
      voeg(w + j + "!");
      voeg(w + j.slice(2));
    }
  }
}
// Keyboard walks and repeated sequences of every length from 8 to 20.
const rijen = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "0987654321", "abcdefghijklmnopqrstuvwxyz", "azertyuiop", "qwertzuiop"];
for (const r of rijen) {
  for (let n = 8; n <= 20; n++) voeg(r.repeat(3).slice(0, n));
}
for (const c of "abcdefghijklmnopqrstuvwxyz0123456789!") for (let n = 8; n <= 20; n++) voeg(c.repeat(n));

const uit = [...lijst].sort();
writeFileSync("lib/auth/wachtwoordlijst/veelgebruikt.txt", `${uit.join("\n")}\n`);
console.log(`${uit.length} wachtwoorden geschreven naar lib/auth/wachtwoordlijst/veelgebruikt.txt`);
