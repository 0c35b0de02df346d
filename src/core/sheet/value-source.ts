// The value-source column (数值来源): for a base or latest value a document stated — the plan itself or a
// statistical bulletin — the value, its year, the file and the sentence it was read from, so a reader can tell
// such values from those typed by hand and check them. One line per value; a line names the value it was written
// with, so it stays honest when the user later types another value over it.
import type { Language, SourceRef } from "../model";

export type ValueUse = "base" | "latest";

/** Where one base or latest value came from. */
export interface ValueSource {
  use: ValueUse;
  value: number;
  /** The target's unit, which the value is in. */
  unit: string;
  year: number | null;
  /** The file it was read from, null for the plan document itself. */
  file: string | null;
  /** The sentence that states it, null when its text is not at hand. */
  quote: string | null;
  /** A value averaged over years: the earlier years' sentences, oldest first (the one above is the latest year's). */
  averages?: { file: string | null; quote: string | null }[];
}

/** Texts the values were read from: the plan's own, and other documents (bulletins) by SourceRef.file. */
export interface ValueTexts {
  own?: string;
  files?: ReadonlyMap<string, string>;
}

interface Words {
  use: Record<ValueUse, string>;
  year: (y: number) => string;
  from: (file: string | null) => string;
  quote: (q: string) => string;
  averages: (n: number) => string;
  and: string;
}

const WORDS: Record<Language, Words> = {
  "zh-CN": {
    use: { base: "基期值", latest: "最新值" },
    year: (y) => `（${y}年）`,
    from: (file) => (file === null ? "取自本文件" : `取自 ${file}`),
    quote: (q) => `：「${q}」`,
    averages: (n) => `，为 ${n} 个年度增速的平均值，另取自 `,
    and: "；",
  },
  "en-US": {
    use: { base: "Base value", latest: "Latest value" },
    year: (y) => ` (${y})`,
    from: (file) => ` from ${file ?? "this document"}`,
    quote: (q) => `: “${q}”`,
    averages: (n) => `; the average of ${n} years' rates, also from `,
    and: "; ",
  },
};

const LANGUAGES = Object.keys(WORDS) as Language[];

const shown = (v: number): string => String(Number(v.toPrecision(12)));

/** One line of the column: 基期值 320 亿元（2020年）取自本文件：「2020年地区生产总值达到320亿元」. */
export function valueSourceLine(s: ValueSource, language: Language): string {
  const w = WORDS[language];
  const amount = `${shown(s.value)}${s.unit ? ` ${s.unit}` : ""}`;
  const year = s.year === null ? "" : w.year(s.year);
  const quote = s.quote ? w.quote(s.quote) : "";
  // the earlier years' sentences too, so the average can be checked against every rate it takes
  const earlier = s.averages?.length
    ? w.averages(s.averages.length + 1) + s.averages.map((a) => `${a.file ?? w.from(null)}${a.quote ? w.quote(a.quote) : ""}`).join(w.and)
    : "";
  return `${w.use[s.use]} ${amount}${year}${w.from(s.file)}${quote}${earlier}`;
}

/** Is `line` this column's line for `use` (in either language)? */
function isLineOf(line: string, use: ValueUse): boolean {
  return LANGUAGES.some((l) => line.startsWith(`${WORDS[l].use[use]} `));
}

/**
 * The cell text with `line` as its line for the line's use: an earlier line of that use is replaced, every other
 * line (the other use's, and anything the user wrote) is kept; the base line comes first.
 */
export function withValueSourceLine(cell: string, line: string, use: ValueUse): string {
  const kept = cell.split("\n").filter((l) => l.trim() !== "" && !isLineOf(l, use));
  return (use === "base" ? [line, ...kept] : [...kept, line]).join("\n");
}

/** Longest quote: a longer sentence is cut to the clauses around the value, with … where it was cut. */
const MAX_QUOTE = 100;
const SENTENCE_END = /[。！？；!?;\n\r]/;
const CLAUSE_END = /[，,：:]/;

const squeeze = (x: string): string => x.replace(/\s+/g, " ").trim();

/** [from, to) widened to the nearest `stop` characters (exclusive) on each side, within [lo, hi). */
function widen(text: string, from: number, to: number, stop: RegExp, lo = 0, hi = text.length): [number, number] {
  let s = from;
  while (s > lo && !stop.test(text[s - 1]!)) s--;
  let e = to;
  while (e < hi && !stop.test(text[e]!)) e++;
  return [s, e];
}

/**
 * The sentence of `text` holding [start, end) — `sentence` when the reader knows its bounds, else the text between
 * sentence ends — white space runs as one space. A long one is cut to the clauses around the value (those before
 * it first: a Chinese sentence names its indicator before the number).
 */
export function sentenceAround(text: string, start: number, end: number, sentence?: { start: number; end: number }): string {
  if (!(start >= 0 && end >= start && end <= text.length)) return "";
  const known = sentence && sentence.start >= 0 && sentence.start <= start && sentence.end >= end && sentence.end <= text.length;
  const [s, e] = known ? [sentence.start, sentence.end] : widen(text, start, end, SENTENCE_END);
  if (squeeze(text.slice(s, e)).length <= MAX_QUOTE) return squeeze(text.slice(s, e));
  let [from, to] = widen(text, start, end, CLAUSE_END, s, e);
  const fits = (a: number, b: number): boolean => squeeze(text.slice(a, b)).length <= MAX_QUOTE;
  if (!fits(from, to)) {
    // One clause longer than a quote: the characters around the value, two thirds of the room before it.
    const room = Math.max(0, MAX_QUOTE - (end - start));
    from = Math.max(s, start - Math.ceil((room * 2) / 3));
    to = Math.min(e, end + (room - (start - from)));
  }
  for (let grown = true; grown; ) {
    grown = false;
    const before = from > s ? widen(text, from - 1, from - 1, CLAUSE_END, s, e)[0] : from;
    if (before < from && fits(before, to)) [from, grown] = [before, true];
    const after = to < e ? widen(text, to + 1, to + 1, CLAUSE_END, s, e)[1] : to;
    if (after > to && fits(from, after)) [to, grown] = [after, true];
  }
  return `${from > s ? "…" : ""}${squeeze(text.slice(from, to))}${to < e ? "…" : ""}`;
}

/** Where a value came from, as its value-source line quotes it: the file, its sentence, and an average's earlier ones. */
export function quotedSource(ref: SourceRef, texts: ValueTexts | undefined): Pick<ValueSource, "file" | "quote" | "averages"> {
  return {
    file: ref.file ?? null, quote: sourceQuote(ref, texts),
    ...(ref.averages?.length ? { averages: ref.averages.map((r) => ({ file: r.file ?? null, quote: sourceQuote(r, texts) })) } : {}),
  };
}

/** The sentence a source points at (its own bounds when it has them), or null when its text is not among `texts`. */
export function sourceQuote(ref: SourceRef, texts: ValueTexts | undefined): string | null {
  const text = ref.file === undefined ? texts?.own : texts?.files?.get(ref.file);
  if (text === undefined) return null;
  const bounds = ref.sentenceStart !== undefined && ref.sentenceEnd !== undefined ? { start: ref.sentenceStart, end: ref.sentenceEnd } : undefined;
  return sentenceAround(text, ref.start, ref.end, bounds) || null;
}
