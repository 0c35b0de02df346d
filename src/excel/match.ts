// Re-import matching, pure: which row of the existing table holds which target of the new extraction. Ids are
// not enough (an equal target stated earlier takes over an id; a revised value makes a new one), so rows are
// matched by what they say: first rows whose target is unchanged, then the most similar remaining pairs by
// indicator, source sentence (numbers aside), section, unit, year, kind and value, one of indicator and value
// unchanged. A match that changed the target, or that another pair came close to, is uncertain: the user is
// asked to check it.
import type { CellValue, ColumnKey } from "../core/sheet";

/** The cells of a row that say which target it is. */
export type TargetCells = Record<(typeof TARGET_KEYS)[number], CellValue>;

/** Columns read to match a row, in this order. */
export const TARGET_KEYS = ["indicator", "section", "source", "comparator", "target", "targetMax", "unit", "targetYear", "kind"] as const satisfies readonly ColumnKey[];

/** Columns that define the target: a change in any of them is shown to the user. */
export const DEFINING_KEYS = ["indicator", "comparator", "target", "targetMax", "unit", "targetYear", "kind"] as const satisfies readonly ColumnKey[];

export interface RowMatch {
  /** Index into the existing rows and into the new targets. */
  row: number;
  modelRow: number;
  /** Defining columns whose value changed, with the row's old value. */
  changed: { key: (typeof DEFINING_KEYS)[number]; was: CellValue }[];
  /** Another pairing scored nearly as well. */
  ambiguous: boolean;
}

export interface Matching {
  matches: RowMatch[];
  /** Existing rows without a target in the new extraction. */
  unmatched: number[];
  /** New targets without a row. */
  added: number[];
}

/** Indicators this alike are the same indicator; this much alike, a rewording of it (when the value is the same). */
const SAME_INDICATOR = 0.9;
const REWORDED_INDICATOR = 0.5;
/** Lowest score for a pair of rows to be the same target. */
const THRESHOLD = 0.55;
/** A rival pairing within this much of the best makes the best uncertain. */
const RIVAL_MARGIN = 0.1;
/** Blocks bigger than this (a section with many targets of one unit and year) say too little to compare. */
const MAX_BLOCK = 50;

const text = (v: CellValue): string => (v === null ? "" : String(v)).replace(/\s+/g, "");
const numbers = (s: string): string => s.replace(/[0-9０-９][0-9０-９.,，．]*/g, "#");
const cellKey = (v: CellValue): string => (v === null || v === "" ? "" : typeof v === "number" ? String(v) : text(v));

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
  return out;
}

/** Dice similarity of two strings over character pairs (1 for equal strings, 0 for nothing shared). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const x = bigrams(a), y = bigrams(b);
  let shared = 0;
  for (const [g, n] of x) shared += Math.min(n, y.get(g) ?? 0);
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

interface Prepared {
  cells: TargetCells;
  indicator: string;
  source: string;
  section: string;
  exact: string;
  slot: string;
}

function prepare(cells: TargetCells): Prepared {
  const indicator = text(cells.indicator);
  const section = text(cells.section);
  return {
    cells,
    indicator,
    source: numbers(text(cells.source)),
    section,
    exact: TARGET_KEYS.map((k) => cellKey(cells[k])).join("\u0001"),
    slot: [section, cellKey(cells.unit), cellKey(cells.targetYear), cellKey(cells.kind)].join("\u0001"),
  };
}

/**
 * How alike two indicators are: the similarity of their wording, or, when one contains the other (生产总值 in
 * 地区生产总值), a share of the longer that the shorter covers.
 */
export function indicatorSimilarity(a: string, b: string): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const contained = short.length >= 2 && long.includes(short) ? 0.5 + (0.4 * short.length) / long.length : 0;
  return Math.max(similarity(a, b), contained);
}

/**
 * How alike two rows are, 0…1. A revision changes one thing at a time: either the indicator is the same (the
 * value may change) or the value is (the wording may change); pairs that differ in both score 0.
 */
function score(a: Prepared, b: Prepared): number {
  const eq = (k: keyof TargetCells): number => (cellKey(a.cells[k]) === cellKey(b.cells[k]) ? 1 : 0);
  const ind = indicatorSimilarity(a.indicator, b.indicator);
  const sameValue = eq("target") * eq("targetMax");
  if (ind < SAME_INDICATOR && !(sameValue && ind >= REWORDED_INDICATOR)) return 0;
  const attrs = (eq("unit") + eq("targetYear") + eq("kind") + eq("comparator")) / 4;
  const section = a.section === b.section ? 1 : similarity(a.section, b.section);
  return 0.35 * ind + 0.35 * similarity(a.source, b.source) + 0.1 * section + 0.1 * attrs + 0.1 * sameValue;
}

function index(items: Prepared[], ids: number[], key: (p: Prepared) => string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const i of ids) {
    const k = key(items[i]!);
    if (k !== "") out.set(k, [...(out.get(k) ?? []), i]);
  }
  return out;
}

/** Matches existing rows (in sheet order) to new targets (in document order). */
export function matchTargets(existing: readonly TargetCells[], fresh: readonly TargetCells[]): Matching {
  const old = existing.map(prepare), now = fresh.map(prepare);
  const matches: RowMatch[] = [];
  const taken = new Set<number>();
  const matched = new Set<number>();

  // 1. Unchanged targets, pairing duplicates in order.
  const byExact = index(now, now.map((_, i) => i), (p) => p.exact);
  old.forEach((p, row) => {
    const m = byExact.get(p.exact)?.find((i) => !taken.has(i));
    if (m === undefined) return;
    taken.add(m);
    matched.add(row);
    matches.push({ row, modelRow: m, changed: [], ambiguous: false });
  });

  // 2. The most similar remaining pairs, compared only within blocks that share an indicator, a sentence or a slot.
  const restOld = old.map((_, i) => i).filter((i) => !matched.has(i));
  const restNew = now.map((_, i) => i).filter((i) => !taken.has(i));
  const blocks = [
    index(now, restNew, (p) => p.indicator),
    index(now, restNew, (p) => p.source),
    index(now, restNew, (p) => p.slot),
  ];
  const pairs: { row: number; modelRow: number; score: number }[] = [];
  for (const row of restOld) {
    const p = old[row]!;
    const candidates = new Set<number>();
    [p.indicator, p.source, p.slot].forEach((k, b) => {
      const hits = blocks[b]!.get(k) ?? [];
      if (hits.length <= MAX_BLOCK) hits.forEach((i) => candidates.add(i));
    });
    for (const m of candidates) {
      const s = score(p, now[m]!);
      if (s >= THRESHOLD) pairs.push({ row, modelRow: m, score: s });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.row - b.row || a.modelRow - b.modelRow);
  const best = (pick: (x: (typeof pairs)[number]) => number) => {
    const out = new Map<number, number[]>();
    for (const x of pairs) out.set(pick(x), [...(out.get(pick(x)) ?? []), x.score]);
    return out;
  };
  const scoresOfRow = best((x) => x.row), scoresOfTarget = best((x) => x.modelRow);
  const rival = (scores: number[] | undefined, s: number) => (scores ?? []).filter((x) => x > s - RIVAL_MARGIN).length > 1;
  for (const x of pairs) {
    if (matched.has(x.row) || taken.has(x.modelRow)) continue;
    matched.add(x.row);
    taken.add(x.modelRow);
    const was = existing[x.row]!, is = fresh[x.modelRow]!;
    matches.push({
      row: x.row,
      modelRow: x.modelRow,
      changed: DEFINING_KEYS.filter((k) => cellKey(was[k]) !== cellKey(is[k])).map((key) => ({ key, was: was[key] })),
      ambiguous: rival(scoresOfRow.get(x.row), x.score) || rival(scoresOfTarget.get(x.modelRow), x.score),
    });
  }
  matches.sort((a, b) => a.row - b.row);
  return {
    matches,
    unmatched: old.map((_, i) => i).filter((i) => !matched.has(i)),
    added: now.map((_, i) => i).filter((i) => !taken.has(i)),
  };
}
