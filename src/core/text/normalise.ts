// Normalisation with an offset map back to the ORIGINAL text. Full-width digits/letters/punctuation become
// half-width, odd spaces become plain spaces, HTML entities become their character, spam phrases, markdown marks and
// doubled commas vanish; a full stop written for a decimal point (97。3%) becomes the point.
// Every clean character knows the original span it came from, so any clean span maps back exactly. The map is
// kept as runs (most characters map one to one, in order), so it costs memory in proportion to the changes.
import { findDoubledCommas, findInsertedGlyphs, findSpam, mergeRanges, type Range } from "./debris";
import { findFlatBreaks } from "./flat";
import { findHtml, type Edit } from "./html";
import { findMarkup } from "./markup";
import { findPinyinGlosses } from "./pinyin";
import { findNumberSpacing } from "./spacing";
import { findStopPoints } from "./stop-points";
import { findYearZeros } from "./year-zeros";
import { codeTable, indexOfCode } from "./code-units";
import { readEntity } from "./entities";

/**
 * The offset map as runs: clean characters at[r] … at[r+1]−1 come from the original at from[r] + (k − at[r]) × width[r],
 * each `width[r]` characters long (1, or an entity's length for a run of one character).
 */
export interface OffsetRuns {
  at: number[];
  from: number[];
  width: number[];
}

export interface CleanText {
  text: string;
  runs: OffsetRuns;
  originalLength: number;
}

/** Builds runs: characters added in order, each from an original span. */
export class RunsBuilder {
  readonly runs: OffsetRuns = { at: [], from: [], width: [] };
  private next = -1; // original position a linear run expects next
  private k = 0;

  /** Adds `count` clean characters taken one to one from the original at `from`. */
  linear(from: number, count: number): void {
    if (count <= 0) return;
    const r = this.runs;
    if (from !== this.next || r.width[r.width.length - 1] !== 1) { r.at.push(this.k); r.from.push(from); r.width.push(1); }
    this.k += count;
    this.next = from + count;
  }

  /** Adds one clean character that stands for `width` original characters (an entity). */
  wide(from: number, width: number): void {
    const r = this.runs;
    r.at.push(this.k); r.from.push(from); r.width.push(width);
    this.k += 1;
    this.next = -1;
  }
}

/** ﹐﹑﹒ ﹔﹕﹖﹗ ﹙﹚ … ﹪: comma, 、, full stop, semicolon, colon, ?, !, brackets, percent (undefined where none is mapped). */
const SMALL_FORMS: (number | undefined)[] = [0x2c, 0x3001, 0x2e, undefined, 0x3b, 0x3a, 0x3f, 0x21, undefined, 0x28, 0x29,
  undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
  undefined, undefined, undefined, 0x25];

function halfWidth(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000 || code === 0x00a0 || code === 0x2002 || code === 0x2003 || code === 0x2009 || code === 0x200b) return 0x20;
  if (code === 0xfeff) return -1; // BOM / zero-width no-break space: drop
  if (code === 0x0d) return -1; // CR of CRLF
  if (code === 0x2236) return 0x3a; // ratio colon
  // corner brackets, as Taiwan and Hong Kong quote (與「十四五」規劃目標保持一致): the quotation marks they stand for
  if (code === 0x300c) return 0x201c;
  if (code === 0x300d) return 0x201d;
  // small form variants a page may set for its punctuation (水质100%达标﹔市控以上断面…): the marks they stand for
  if (code >= 0xfe50 && code <= 0xfe6a) return SMALL_FORMS[code - 0xfe50] ?? code;
  // (the comparators a form may write with a double bar, 接种率≧90%, ≦7工作日: the ones they mean)
  if (code === 0x2267) return 0x2265;
  if (code === 0x2266) return 0x2264;
  return code;
}

export function normalise(original: string): CleanText {
  const n = original.length;
  // HTML's tags stand for the line or the column they make; spam phrases, markdown marks, the spaces inside a date's
  // words and readings printed after characters are dropped: none holds words of the document (a markdown file may carry
  // a table as HTML: both are read)
  const dropping = (ranges: Range[]): Edit[] => ranges.map((r) => ({ ...r, by: "" }));
  // (a page run together into one line keeps its blocks' breaks as spaces: each such space is read as the break it was —
  // in HTML, its tags mark the blocks)
  const html = findHtml(original);
  const edits = mergeRanges<Edit>([...html, ...dropping(findMarkup(original)), ...dropping(findSpam(original)), ...dropping(findNumberSpacing(original)), ...dropping(findPinyinGlosses(original)), ...dropping(findInsertedGlyphs(original)), ...dropping(findDoubledCommas(original)), ...findYearZeros(original), ...findStopPoints(original),
    ...(html.length ? [] : findFlatBreaks(original))]);
  const runs = new RunsBuilder();
  if (edits.length === 0 && nextToMap(original, 0) === n) {
    // fast path: nothing to change, the map is the identity
    runs.linear(0, n);
    return { text: original, runs: runs.runs, originalLength: n };
  }
  // the clean text as slices of the original (unchanged runs) and the characters that replace others
  const parts: string[] = [];
  let run = 0;
  const flush = (to: number): void => { if (to > run) parts.push(original.slice(run, to)); };
  let s = 0;
  let nextChange = -1;
  for (let i = 0; i < n;) {
    if (s < edits.length && i === edits[s].start) {
      flush(i);
      // (a tag standing for a line break or a column: each character it stands for maps back to the whole tag)
      const by = edits[s].by;
      if (by) { parts.push(by); for (let c = 0; c < by.length; c++) runs.wide(i, edits[s].end - i); }
      i = edits[s].end; run = i; s++;
      continue;
    }
    // characters up to the next one to change (or the next edit) map one to one: a single run, found by one search
    // rather than a call per character (and found again only once passed: after each dropped range, a search to the
    // text's end would make many ranges quadratic)
    if (nextChange < i) nextChange = nextToMap(original, i);
    const next = nextChange;
    const stop = s < edits.length && edits[s].start < next ? edits[s].start : next;
    if (stop > i) { runs.linear(i, stop - i); i = stop; continue; }
    const raw = original.charCodeAt(i);
    const ent = raw === 0x26 ? readEntity(original, i) : null;
    if (ent) {
      // an entity decodes to one BMP character (or a surrogate pair, kept whole with two slots)
      flush(i);
      parts.push(ent.ch);
      for (let u = 0; u < ent.ch.length; u++) runs.wide(i, ent.length);
      i += ent.length;
      run = i;
      continue;
    }
    const code = halfWidth(raw);
    if (code !== raw) {
      flush(i);
      if (code >= 0) parts.push(String.fromCharCode(code));
      run = i + 1;
    }
    if (code >= 0) runs.linear(i, 1);
    i++;
  }
  flush(n);
  return { text: parts.join(""), runs: runs.runs, originalLength: n };
}

/**
 * Characters normalise changes (full-width forms, odd spaces, BOM, CR, the ratio colon, entities), as a table of code
 * units: U+FF01–FF5E, U+3000, U+00A0, U+2002, U+2003, U+2009, U+200B, U+FEFF, CR, U+2236, U+FE50–FE6A, &, 「, 」, ≦, ≧.
 */
const MAPPED_UNITS = codeTable([0x3000, 0xa0, 0x2002, 0x2003, 0x2009, 0x200b, 0xfeff, 0x0d, 0x2236, 0x26, 0x300c, 0x300d, 0x2266, 0x2267],
  [[0xff01, 0xff5e], [0xfe50, 0xfe6a]]);
/** Where the first character from `from` on that normalise changes is, or `text.length`. */
function nextToMap(text: string, from: number): number {
  const i = indexOfCode(text, MAPPED_UNITS, from);
  return i < 0 ? text.length : i;
}

/** Index of the run holding clean position k (binary search). */
export function runOf(runs: OffsetRuns, k: number): number {
  let lo = 0, hi = runs.at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs.at[mid] <= k) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** The original span of clean character k. */
export function originalOf(runs: OffsetRuns, k: number): { start: number; end: number } {
  const r = runOf(runs, k);
  const start = runs.from[r] + (k - runs.at[r]) * runs.width[r];
  return { start, end: start + runs.width[r] };
}

/** Original [start, end) of the clean span [s, e). */
export function toOriginal(clean: CleanText, s: number, e: number): { start: number; end: number } {
  if (clean.text.length === 0) return { start: 0, end: 0 };
  const a = Math.min(Math.max(s, 0), clean.text.length - 1);
  const b = Math.min(Math.max(e, a + 1), clean.text.length);
  return { start: originalOf(clean.runs, a).start, end: originalOf(clean.runs, b - 1).end };
}

/**
 * The clean text without the spans `drop` ([start, end) pairs into it, in any order), its map composed so every kept
 * character still points into the original (the same object when nothing is dropped).
 */
export function withoutSpans(clean: CleanText, drop: [number, number][]): CleanText {
  if (drop.length === 0) return clean;
  const text = clean.text;
  drop.sort((a, b) => a[0] - b[0]);
  const runs = new RunsBuilder();
  const parts: string[] = [];
  let from = 0;
  const keep = (to: number): void => {
    if (to <= from) return;
    parts.push(text.slice(from, to));
    for (let r = runOf(clean.runs, from); r < clean.runs.at.length && clean.runs.at[r] < to; r++) {
      const a = Math.max(from, clean.runs.at[r]);
      const b = Math.min(to, r + 1 < clean.runs.at.length ? clean.runs.at[r + 1] : text.length);
      const w = clean.runs.width[r];
      const o = clean.runs.from[r] + (a - clean.runs.at[r]) * w;
      if (w === 1) runs.linear(o, b - a);
      else for (let i = 0; i < b - a; i++) runs.wide(o + i * w, w);
    }
  };
  for (const [s, e] of drop) {
    keep(s);
    from = Math.max(from, e);
  }
  keep(text.length);
  return { text: parts.join(""), runs: runs.runs, originalLength: clean.originalLength };
}
