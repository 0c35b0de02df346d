// Writes examples/actuals-illustrative.csv: made-up base and latest values for a few targets of each seed,
// chosen so the demo workbook shows every status colour. ILLUSTRATIVE ONLY, not official statistics.
// The values make sense for each kind of target: counts are whole, increments count from 0, shares move in
// points, changes run on an index (base year = 100), growth rates are rates in % as a bulletin states them (no base
// value), annual amounts are one year's amount.
// Deterministic: the same engine output gives the same file. Every row is checked against src/core/measure.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Status, Target } from "../src/core/model";
import { measureOf, status, type MeasureKind } from "../src/core/measure";
import { sheetTarget } from "../src/core/sheet";
import { ROOT, seedResults } from "../src/cli/seeds";

export { ROOT, seedResults, type SeedResults } from "../src/cli/seeds";

const PER_DOCUMENT = 6;
const TOLERANCE = 0.05;
const ORDER: Exclude<Status, "unknown">[] = ["on-track", "lagging", "moderate", "achieved", "away"];

export interface IllustrativeRow {
  id: string;
  baseYear: number | null;
  base: number | null;
  latestYear: number;
  latest: number;
  wanted: Status;
}

type Values = Omit<IllustrativeRow, "id" | "wanted">;

/** Units of things counted one by one: their values are whole numbers. */
const COUNTED = /^(个|家|所|项|套|套\(间\)|条|户|座|处|人|名|次|人次|间|台|辆|张|只|棵|株|艘|架|部|批|支|宗|件|场|期|届|篇|本|片|园|村|镇|区)$/;

/** A value as it would be reported: whole for counts, else six significant digits. */
function reported(x: number, unit: string): number {
  return COUNTED.test(unit.trim()) ? Math.round(x) : Number(x.toPrecision(6));
}

/** Progress against time progress τ that gives each status under the time method. */
const PROGRESS: Record<Exclude<Status, "unknown" | "achieved">, (tau: number) => number> = {
  "on-track": (tau) => tau + 0.15,
  moderate: (tau) => tau - 0.02,
  lagging: (tau) => tau - 0.25,
  away: () => -0.15,
};

/** Base and latest years: a five-year plan from five years before its target year, else two; half-way through. */
function years(t: Target): { b: number; l: number; tau: number } {
  const year = t.year!;
  const b = t.baseYear ?? year - (year >= 2025 ? 5 : 2);
  const l = b + Math.ceil((year - b) / 2);
  return { b, l, tau: (l - b) / (year - b) };
}

/**
 * Values that give `wanted` for the target (in the sheet's terms: a reduction is its signed change), by kind;
 * null where the kind cannot show that status (an amount added never falls below 0, a year's amount has no pace).
 */
function actualsFor(t: Target, kind: MeasureKind, wanted: Exclude<Status, "unknown">): Values | null {
  const T = t.value;
  const cap = t.comparator === "<=" || t.comparator === "<";
  const { b, l, tau } = years(t);
  // The latest value a share p of the way from `from` to `to` (or just past `to` when achieved).
  const along = (from: number, to: number): number => (wanted === "achieved" ? to + (to - from) * 0.05 : from + PROGRESS[wanted](tau) * (to - from));
  switch (kind) {
    case "level": {
      const B = reported(cap ? T * 1.25 : T * 0.8, t.unit);
      return { baseYear: b, base: B, latestYear: l, latest: reported(along(B, T), t.unit) };
    }
    case "share": {
      const B = Math.max(0, cap ? T + 5 : T - 5);
      return { baseYear: b, base: B, latestYear: l, latest: Number(along(B, T).toFixed(2)) };
    }
    case "increment":
      if (wanted === "away") return null;
      return { baseYear: b, base: 0, latestYear: l, latest: reported(along(0, T), t.unit) };
    case "annual": {
      // One year's amount: short of the yearly target, or just over it.
      const share: Partial<Record<Status, number>> = { achieved: 1.04, moderate: 0.97, lagging: 0.8 };
      if (share[wanted] === undefined) return null;
      return { baseYear: null, base: null, latestYear: t.year! - 1, latest: reported(T * share[wanted]!, t.unit) };
    }
    case "change":
      // An index of the indicator, base year = 100: the path runs to 100·(1 + T/100).
      return { baseYear: b, base: 100, latestYear: l, latest: Number(along(100, 100 * (1 + T / 100)).toPrecision(6)) };
    case "growth": {
      // The achieved average rate in % to one decimal, a share of the target rate (of the required fall for a cap
      // below 0), as a bulletin states it; the base value is not read. Achieved is judged at the target year.
      if (cap ? T >= 0 : T <= 0) return null;
      const ratio: Record<Exclude<Status, "unknown">, number> = { achieved: 1.1, "on-track": 0.97, moderate: 0.8, lagging: 0.3, away: -0.5 };
      return { baseYear: b, base: null, latestYear: wanted === "achieved" ? t.year! : l, latest: Number((T * ratio[wanted]).toFixed(1)) };
    }
  }
}

export function illustrativeRows(): IllustrativeRow[] {
  const rows: IllustrativeRow[] = [];
  let k = 0;
  for (const r of seedResults().results) {
    // only what the user gets ticked: low-confidence targets are offered for review, not tracked by default
    const eligible = r.targets.filter((t) => t.year !== null && t.value > 0 && !t.optional && t.confidence !== "low");
    let taken = 0;
    for (const written of eligible) {
      if (taken >= PER_DOCUMENT) break;
      // The target as the workbook's formulas read it (a reduction is a signed change with a mirrored comparator).
      const t: Target = { ...written, ...sheetTarget(written) };
      const kind = measureOf(written);
      const wanted = ORDER[k % ORDER.length]!;
      const v = actualsFor(t, kind, wanted);
      if (!v) continue;
      const got = status({
        base: v.base, baseYear: v.baseYear, latest: v.latest, latestYear: v.latestYear, target: t.value, targetMax: t.valueMax,
        targetYear: t.year, comparator: t.comparator, method: "time", tolerance: TOLERANCE, kind,
      });
      if (got !== wanted) continue; // e.g. rounding to whole counts lands elsewhere: try the next target
      rows.push({ id: t.id, ...v, wanted });
      taken++;
      k++;
    }
  }
  return rows;
}

function main(): void {
  const rows = illustrativeRows();
  const shown = new Set(rows.map((r) => r.wanted));
  const absent = ORDER.filter((s) => !shown.has(s));
  if (absent.length) throw new Error(`the seeds give no target for status ${absent.join(", ")}`);
  const lines = [
    "# ILLUSTRATIVE DATA, NOT OFFICIAL STATISTICS.",
    "# Made-up base and latest values for a few extracted targets, generated by scripts/make-illustrative-actuals.ts",
    "# so that the demo workbook shows every status colour. Do not cite these numbers.",
    "id,base_year,base,latest_year,latest",
    ...rows.map((r) => [r.id, r.baseYear ?? "", r.base ?? "", r.latestYear, r.latest].join(",")),
  ];
  const out = path.join(ROOT, "examples", "actuals-illustrative.csv");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${lines.join("\n")}\n`);
  console.log(`wrote ${path.relative(ROOT, out)}: ${rows.length} rows (${ORDER.map((s) => `${s} ${rows.filter((r) => r.wanted === s).length}`).join(", ")})`);
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith("make-illustrative-actuals.ts")) main();
