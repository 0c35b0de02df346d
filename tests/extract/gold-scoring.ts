// Scores the engine against labelled gold with the matching rules of ../shared/tools/score-targets.mjs:
// a prediction matches a gold target when its span overlaps an occurrence of the gold quote and its value
// equals the gold value after 万/亿/千/百 scaling; one-to-one; optional gold neither misses nor false positives.
import type { Target } from "../../src/core";

export interface Gold {
  quote: string;
  value: number;
  unit: string;
  comparator: string;
  year: number | null;
  kind: string;
  optional?: boolean;
}

const SCALE: [string, number][] = [["亿", 1e8], ["万", 1e4], ["千", 1e3], ["百", 1e2]];

function baseAmount(value: number, unit: string): { v: number; u: string } {
  let u = String(unit ?? "").trim();
  let v = Number(value);
  for (let changed = true; changed;) {
    changed = false;
    for (const [p, f] of SCALE) if (u.startsWith(p) && u.length > p.length) { v *= f; u = u.slice(p.length); changed = true; }
  }
  return { v, u };
}

function sameAmount(a: number, au: string, b: number, bu: string): boolean {
  if (Number(a) === Number(b)) return true;
  const x = baseAmount(a, au), y = baseAmount(b, bu);
  return Math.abs(x.v - y.v) <= 1e-9 * Math.max(1, Math.abs(y.v));
}

export interface Score {
  tp: number; fp: number; fn: number; precision: number; recall: number;
  year: number; comparator: number; kind: number; unit: number;
  misses: string[]; falsePositives: string[];
  /** Matched targets whose year or kind differs from the gold. */
  mismatches: string[];
}

export function score(text: string, gold: Gold[], preds: Target[]): Score {
  const used = new Set<number>();
  let tp = 0, fn = 0, year = 0, cmp = 0, kind = 0, unit = 0;
  const misses: string[] = [];
  const mismatches: string[] = [];
  const order = [...gold].sort((a, b) => Number(!!a.optional) - Number(!!b.optional));
  for (const g of order) {
    const occ: [number, number][] = [];
    for (let i = text.indexOf(g.quote); i >= 0; i = text.indexOf(g.quote, i + 1)) occ.push([i, i + g.quote.length]);
    let best = -1, bestDist = Infinity;
    preds.forEach((p, i) => {
      if (used.has(i)) return;
      if (!occ.some(([s, e]) => p.start < e && s < p.end)) return;
      if (!sameAmount(p.value, p.unit, g.value, g.unit)) return;
      const dist = Math.min(...occ.map(([s]) => Math.abs(s - p.start)));
      if (dist < bestDist) { best = i; bestDist = dist; }
    });
    if (best >= 0) {
      used.add(best);
      if (g.optional) continue;
      tp++;
      const p = preds[best];
      if ((p.year ?? null) === (g.year ?? null)) year++;
      else mismatches.push(`${g.quote}: year ${p.year ?? null}, gold ${g.year ?? null}`);
      if (p.comparator === g.comparator) cmp++;
      if (p.kind === g.kind) kind++;
      else mismatches.push(`${g.quote}: kind ${p.kind}, gold ${g.kind}`);
      if (p.unit.trim() === String(g.unit).trim()) unit++;
    } else if (!g.optional) {
      fn++;
      misses.push(`${g.quote} [${g.value} ${g.unit}]`);
    }
  }
  const falsePositives = preds.filter((_, i) => !used.has(i)).map((p) => `${p.text} [${p.value} ${p.unit}]`);
  const fp = falsePositives.length;
  const r = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return {
    tp, fp, fn, precision: r(tp, tp + fp), recall: r(tp, tp + fn),
    year: r(year, tp), comparator: r(cmp, tp), kind: r(kind, tp), unit: r(unit, tp), misses, falsePositives, mismatches,
  };
}
