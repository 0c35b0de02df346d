// Pure logic of the review table: filters, facet options, counts and display values. No DOM here.
import { MEASURE_KINDS, measureOf, type MeasureKind } from "../src/core/measure";
import type { Confidence, Language, Target } from "../src/core/model";
import { COMPARATOR_LABELS, DECREASE_WORDS } from "./i18n";

/**
 * The kind the sheet's 类型 column shows for a target, which the pane shows and filters by too (one label per
 * kind across pane and sheet: KIND_LABELS of src/core/sheet/labels.ts, keyed by what this returns).
 */
export type ShownKind = MeasureKind;
export const kindOf = (t: Target): ShownKind => measureOf(t);
const KIND_ORDER: readonly ShownKind[] = MEASURE_KINDS;

/** "" means no filter; NONE matches targets without a year / responsible unit. */
export const NONE = "\u0000none";

export interface Filters {
  year: string;
  kind: "" | ShownKind;
  confidence: "" | Confidence;
  responsible: string;
  search: string;
}

export const EMPTY_FILTERS: Filters = { year: "", kind: "", confidence: "", responsible: "", search: "" };

/** A low-confidence target (a `possible` mention): listed unticked with its reason until the user ticks it. */
export const isLow = (t: Target): boolean => t.confidence === "low";

export interface Facets {
  years: number[];
  hasNoYear: boolean;
  kinds: ShownKind[];
  /** Responsible units, most frequent first. */
  responsible: string[];
  hasNoResponsible: boolean;
  /** Whether any target is low-confidence (the confidence filter is offered only then). */
  hasLow: boolean;
}

export function facetsOf(targets: readonly Target[]): Facets {
  const years = new Set<number>();
  const kinds = new Set<ShownKind>();
  const units = new Map<string, number>();
  let hasNoYear = false;
  let hasNoResponsible = false;
  let hasLow = false;
  for (const t of targets) {
    if (isLow(t)) hasLow = true;
    if (t.year === null) hasNoYear = true;
    else years.add(t.year);
    kinds.add(kindOf(t));
    if (t.responsible.length === 0) hasNoResponsible = true;
    for (const u of t.responsible) units.set(u, (units.get(u) ?? 0) + 1);
  }
  return {
    years: [...years].sort((a, b) => a - b),
    hasNoYear,
    kinds: KIND_ORDER.filter((k) => kinds.has(k)),
    responsible: [...units.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh-CN")).map(([u]) => u),
    hasNoResponsible,
    hasLow,
  };
}

/** Lower-cased search needle, whitespace collapsed; "" matches everything. */
function needleOf(search: string): string {
  return search.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Lower-cased text a target is searched in: indicator, its own text, responsible units, source sentence. */
export function searchText(t: Target, original: string): string {
  return `${t.indicator}\n${t.text}\n${t.responsible.join(" ")}\n${sentenceOf(t, original)}`.toLowerCase();
}

export function searchIndex(targets: readonly Target[], original: string): string[] {
  return targets.map((t) => searchText(t, original));
}

/**
 * Indices of the targets passing every filter. Text search looks in the indicator, the target's own text,
 * its responsible units and its source sentence (read from the original document text); pass a prebuilt
 * `index` (searchIndex) to search many times without rebuilding it.
 */
export function filterTargets(targets: readonly Target[], filters: Filters, original: string, index?: readonly string[]): number[] {
  const needle = needleOf(filters.search);
  const hay = needle !== "" ? (index ?? searchIndex(targets, original)) : [];
  const out: number[] = [];
  targets.forEach((t, i) => {
    if (filters.year === NONE ? t.year !== null : filters.year !== "" && String(t.year) !== filters.year) return;
    if (filters.kind !== "" && kindOf(t) !== filters.kind) return;
    if (filters.confidence !== "" && (isLow(t) ? "low" : "high") !== filters.confidence) return;
    if (filters.responsible === NONE ? t.responsible.length > 0 : filters.responsible !== "" && !t.responsible.includes(filters.responsible)) {
      return;
    }
    if (needle !== "" && !hay[i].includes(needle)) return;
    out.push(i);
  });
  return out;
}

/** A number or phrase and its sentence: offsets into a text (a target is one). */
export interface Span {
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
}

/** A sentence split around its span for highlighting (a target's own text, a bulletin's number). */
export function sentenceParts(s: Span, original: string): { before: string; match: string; after: string } {
  const from = clamp(s.sentenceStart, 0, original.length);
  const to = clamp(Math.max(s.sentenceEnd, from), 0, original.length);
  const ms = clamp(s.start, from, to);
  const me = clamp(s.end, ms, to);
  if (ms === me && (s.start < from || s.end > to)) {
    // Offsets disagree with the sentence bounds: show the span's text alone rather than a wrong highlight.
    return { before: "", match: original.slice(s.start, s.end), after: "" };
  }
  return { before: original.slice(from, ms), match: original.slice(ms, me), after: original.slice(me, to) };
}

function sentenceOf(t: Target, original: string): string {
  return original.slice(Math.max(0, t.sentenceStart), Math.max(0, t.sentenceEnd));
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

/** "100", "3–5", "1.5" (no exponent notation, no grouping): values shown as the document states them. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Math.round(n * 1e6) / 1e6;
  return rounded.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 6 });
}

/** "100", "3–5": the amount of a target as the document states it. */
export function formatAmount(t: Target): string {
  return t.comparator === "range" && t.valueMax !== null ? `${formatNumber(t.value)}–${formatNumber(t.valueMax)}` : formatNumber(t.value);
}

export function formatValue(t: Target): string {
  return t.unit ? `${formatAmount(t)} ${t.unit}` : formatAmount(t);
}

/**
 * The value and comparison as the review table shows them. A reduction reads as one: 下降 13.5 % (its "=" needs
 * no word), 下降 18 % 不低于; other targets: 970 亿元 高于. Words apart, so a narrow cell wraps between them.
 */
export function valueParts(t: Target, lang: Language): { words: string[]; comparator: string } {
  const comparator = COMPARATOR_LABELS[lang][t.comparator];
  const amount = [formatAmount(t), ...(t.unit ? [t.unit] : [])];
  if (!t.decrease) return { words: amount, comparator };
  return { words: [DECREASE_WORDS[lang], ...amount], comparator: t.comparator === "=" ? "" : comparator };
}

/**
 * Keys under which the user's ticks are kept across a re-extraction of the same text (a new document year
 * changes target years and so target ids): the target's place in the text and its indicator, numbered when
 * repeated.
 */
export function decisionKeys(targets: readonly Target[]): string[] {
  const seen = new Map<string, number>();
  return targets.map((t) => {
    const place = `${t.start}:${t.end}:${t.indicator}`;
    const n = (seen.get(place) ?? 0) + 1;
    seen.set(place, n);
    return n === 1 ? place : `${place}#${n}`;
  });
}

/** Ticked or not: the user's choice when there is one, else ticked unless low-confidence. */
export function isIncluded(t: Target, key: string, decisions: ReadonlyMap<string, boolean>): boolean {
  return decisions.get(key) ?? !isLow(t);
}

export interface Counts {
  /** Targets the engine is sure of. */
  high: number;
  /** Low-confidence targets, for the user to review. */
  low: number;
  shown: number;
  included: number;
}

export function countTargets(targets: readonly Target[], keys: readonly string[], decisions: ReadonlyMap<string, boolean>, shown: number): Counts {
  let low = 0;
  let included = 0;
  targets.forEach((t, i) => {
    if (isLow(t)) low++;
    if (isIncluded(t, keys[i], decisions)) included++;
  });
  return { high: targets.length - low, low, shown, included };
}
