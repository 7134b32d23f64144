import { inflateSync } from "node:zlib";

/** Windows-1252 bytes 0x80–0x9F (the standard PDF fonts' WinAnsi encoding); the rest is Latin-1. */
const WIN_ANSI: Record<number, string> = {
  0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰", 0x8a: "Š", 0x8b: "‹", 0x8c: "Œ", 0x8e: "Ž",
  0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9a: "š", 0x9b: "›", 0x9c: "œ", 0x9e: "ž", 0x9f: "Ÿ",
};

/**
 * The visible text of a PDF made by @react-pdf/renderer (pdfkit) with the
 * standard fonts: inflates each content stream and reads the hex strings of
 * its text operators. Each text operator becomes one line; whitespace is
 * collapsed so wrapped sentences read as one. For tests only.
 */
export function pdfTekst(pdf: Uint8Array): string {
  const buf = Buffer.from(pdf);
  const bron = buf.toString("latin1");
  const regels: string[] = [];
  const stream = /stream\r?\n/g;
  for (let m = stream.exec(bron); m; m = stream.exec(bron)) {
    const start = m.index + m[0].length;
    const einde = bron.indexOf("endstream", start);
    let inhoud: string;
    try {
      inhoud = inflateSync(buf.subarray(start, einde)).toString("latin1");
    } catch {
      continue;
    }
    for (const op of inhoud.matchAll(/\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hexen = op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!) : [op[2]!];
      regels.push(
        hexen
          .map((hex) => [...Buffer.from(hex, "hex")].map((b) => WIN_ANSI[b] ?? String.fromCharCode(b)).join(""))
          .join(""),
      );
    }
  }
  return regels.join(" ").replace(/\s+/g, " ").trim();
}
