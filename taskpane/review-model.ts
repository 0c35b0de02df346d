// Pure logic of the review table: filters, facet options, counts and display values. No DOM here.
import type { Target, TargetKind } from "../src/core/model";

/** "" means no filter; NONE matches targets without a year / responsible unit. */
export const NONE = "\u0000none";

export interface Filters {
  year: string;
  kind: "" | TargetKind;
  responsible: string;
  search: string;
}

export const EMPTY_FILTERS: Filters = { year: "", kind: "", responsible: "", search: "" };

export interface Facets {
  years: number[];
  hasNoYear: boolean;
  kinds: TargetKind[];
  /** Responsible units, most frequent first. */
  responsible: string[];
  hasNoResponsible: boolean;
}

export function facetsOf(targets: readonly Target[]): Facets {
  const years = new Set<number>();
  const kinds = new Set<TargetKind>();
  const units = new Map<string, number>();
  let hasNoYear = false;
  let hasNoResponsible = false;
  for (const t of targets) {
    if (t.year === null) hasNoYear = true;
    else years.add(t.year);
    kinds.add(t.kind);
    if (t.responsible.length === 0) hasNoResponsible = true;
    for (const u of t.responsible) units.set(u, (units.get(u) ?? 0) + 1);
  }
  const kindOrder: TargetKind[] = ["level", "growth", "share", "increment"];
  return {
    years: [...years].sort((a, b) => a - b),
    hasNoYear,
    kinds: kindOrder.filter((k) => kinds.has(k)),
    responsible: [...units.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh-CN")).map(([u]) => u),
    hasNoResponsible,
  };
}

/** Lower-cased search needle, whitespace collapsed; "" matches everything. */
function needleOf(search: string): string {
  return search.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Lower-cased text each target is searched in: indicator, its own text, responsible units, source sentence. */
export function searchIndex(targets: readonly Target[], original: string): string[] {
  return targets.map((t) => `${t.indicator}\n${t.text}\n${t.responsible.join(" ")}\n${sentenceOf(t, original)}`.toLowerCase());
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
    if (filters.kind !== "" && t.kind !== filters.kind) return;
    if (filters.responsible === NONE ? t.responsible.length > 0 : filters.responsible !== "" && !t.responsible.includes(filters.responsible)) {
      return;
    }
    if (needle !== "" && !hay[i].includes(needle)) return;
    out.push(i);
  });
  return out;
}

/** The source sentence of a target, split around the target's own text for highlighting. */
export function sentenceParts(t: Target, original: string): { before: string; match: string; after: string } {
  const s = clamp(t.sentenceStart, 0, original.length);
  const e = clamp(Math.max(t.sentenceEnd, s), 0, original.length);
  const ms = clamp(t.start, s, e);
  const me = clamp(t.end, ms, e);
  if (ms === me && (t.start < s || t.end > e)) {
    // Offsets disagree with the sentence bounds: show the target text alone rather than a wrong highlight.
    return { before: "", match: original.slice(t.start, t.end), after: "" };
  }
  return { before: original.slice(s, ms), match: original.slice(ms, me), after: original.slice(me, e) };
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

export function formatValue(t: Target): string {
  const value = t.comparator === "range" && t.valueMax !== null ? `${formatNumber(t.value)}–${formatNumber(t.valueMax)}` : formatNumber(t.value);
  return t.unit ? `${value} ${t.unit}` : value;
}

/** Ids of the ticked targets in document order. */
export function includedTargets(targets: readonly Target[], excluded: ReadonlySet<string>): Target[] {
  return targets.filter((t) => !excluded.has(t.id));
}
