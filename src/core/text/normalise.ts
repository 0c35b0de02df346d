// Normalisation with an offset map back to the ORIGINAL text. Full-width digits/letters/punctuation become
// half-width, odd spaces become plain spaces, HTML entities become their character, spam phrases vanish.
// Each clean character records the original span it came from, so any clean span maps back exactly.
import { findSpam } from "./debris";
import { readEntity } from "./entities";

export interface CleanText {
  text: string;
  /** origStart[i], origEnd[i]: the original span of clean character i. */
  origStart: Int32Array;
  origEnd: Int32Array;
  originalLength: number;
}

function halfWidth(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000 || code === 0x00a0 || code === 0x2002 || code === 0x2003 || code === 0x2009 || code === 0x200b) return 0x20;
  if (code === 0xfeff) return -1; // BOM / zero-width no-break space: drop
  if (code === 0x0d) return -1; // CR of CRLF
  if (code === 0x2236) return 0x3a; // ratio colon
  return code;
}

function needsMapping(code: number): boolean {
  return (code >= 0xff01 && code <= 0xff5e) || code === 0x3000 || code === 0x00a0 || code === 0x2002 || code === 0x2003 ||
    code === 0x2009 || code === 0x200b || code === 0xfeff || code === 0x0d || code === 0x2236 || code === 0x26 /* & */;
}

export function normalise(original: string): CleanText {
  const n = original.length;
  const spamRanges = findSpam(original);
  let clean = spamRanges.length === 0;
  for (let i = 0; clean && i < n; i++) if (needsMapping(original.charCodeAt(i))) clean = false;
  if (clean) {
    // fast path: nothing to change, the map is the identity
    const origStart = new Int32Array(n);
    const origEnd = new Int32Array(n);
    for (let i = 0; i < n; i++) { origStart[i] = i; origEnd[i] = i + 1; }
    return { text: original, origStart, origEnd, originalLength: n };
  }
  const codes = new Uint16Array(n);
  const origStart = new Int32Array(n + 2);
  const origEnd = new Int32Array(n + 2);
  const spam = spamRanges;
  let s = 0;
  let k = 0;
  for (let i = 0; i < n;) {
    if (s < spam.length && i === spam[s].start) { i = spam[s].end; s++; continue; }
    const ent = original[i] === "&" ? readEntity(original, i) : null;
    if (ent) {
      // an entity decodes to one BMP character (or a surrogate pair, kept whole with two slots)
      for (let u = 0; u < ent.ch.length; u++) { codes[k] = ent.ch.charCodeAt(u); origStart[k] = i; origEnd[k] = i + ent.length; k++; }
      i += ent.length;
      continue;
    }
    const code = halfWidth(original.charCodeAt(i));
    if (code >= 0) {
      codes[k] = code; origStart[k] = i; origEnd[k] = i + 1; k++;
    }
    i++;
  }
  return { text: decodeCodes(codes.subarray(0, k)), origStart: origStart.subarray(0, k), origEnd: origEnd.subarray(0, k), originalLength: n };
}

function decodeCodes(codes: Uint16Array): string {
  let out = "";
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return out;
}

/** Original [start, end) of the clean span [s, e). */
export function toOriginal(clean: CleanText, s: number, e: number): { start: number; end: number } {
  if (clean.text.length === 0) return { start: 0, end: 0 };
  const a = Math.min(Math.max(s, 0), clean.text.length - 1);
  const b = Math.min(Math.max(e, a + 1), clean.text.length);
  return { start: clean.origStart[a], end: clean.origEnd[b - 1] };
}
