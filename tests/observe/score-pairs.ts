// Scores the matcher against labelled target ↔ observation pairs. A pair names a target (by its quote in a
// labelled plan, tests/observe/targets/), a bulletin, the use (base or latest) and the observation a reader would
// take, or null when the bulletin has none. A proposed match is right when its observation lies inside the
// labelled observation quote and has the labelled value.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Target } from "../../src/core/model";
import { measureOf } from "../../src/core/measure";
import { matchTarget, readBulletin, type Bulletin, type TargetMatch, type Use } from "../../src/core/observe";

const HERE = __dirname;

export interface Pair {
  targetDoc: string;
  targetQuote: string;
  targetIndicator: string;
  targetKind: string;
  bulletin: string;
  use: Use;
  observationQuote: string | null;
  observationValue: number | null;
  observationUnit: string | null;
  note: string;
}

interface TargetLabel {
  quote: string;
  indicator: string;
  comparator: Target["comparator"];
  value: number;
  value_max: number | null;
  unit: string;
  year: number | null;
  period: Target["period"];
  kind: Target["kind"];
  baseYear?: number;
}

export interface PairOutcome {
  pair: Pair;
  match: TargetMatch;
  proposed: boolean;
  right: boolean;
  scored: boolean;
}

const jsonl = <T>(file: string): T[] =>
  readFileSync(file, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as T);

export function readPairs(file: string): Pair[] {
  return jsonl<Pair>(file);
}

/** The labelled target as the engine's Target (the fields the matcher reads). */
function targetFor(doc: string, quote: string, kind: string, indicator: string): Target {
  const labels = jsonl<TargetLabel>(path.join(HERE, "targets", `${doc}.jsonl`));
  // one quote may hold two targets (城镇居民、农村居民人均可支配收入分别增长7%和8%): the indicator tells them apart
  const i = labels.findIndex((l) => l.quote === quote && l.kind === kind && l.indicator === indicator);
  if (i < 0) throw new Error(`no target ${indicator} ${quote} (${kind}) in ${doc}`);
  const l = labels[i]!;
  return {
    id: `${doc}-${i}`, docId: doc, indicator: l.indicator, comparator: l.comparator, value: l.value, valueMax: l.value_max,
    unit: l.unit, year: l.year, period: l.period, kind: l.kind, responsible: [], section: [], start: 0, end: 0, text: l.quote,
    sentenceStart: 0, sentenceEnd: 0, optional: false, ...(l.baseYear ? { baseYear: l.baseYear } : {}),
  };
}

const bulletins = new Map<string, { b: Bulletin; text: string }>();
function bulletin(name: string): { b: Bulletin; text: string } {
  let got = bulletins.get(name);
  if (!got) {
    const text = readFileSync(path.join(HERE, "labels", `${name}.txt`), "utf8");
    got = { b: readBulletin(text, { file: `${name}.txt` }), text };
    bulletins.set(name, got);
  }
  return got;
}

/** Regions of the labelled plans (as PlanDocument.region reads them). */
const PLAN_REGIONS: Record<string, string> = { "zhengzhou-plan-fixture": "郑州市" };

export function scorePairs(pairs: Pair[]): PairOutcome[] {
  return pairs.map((pair) => {
    const target = targetFor(pair.targetDoc, pair.targetQuote, pair.targetKind, pair.targetIndicator);
    const { b, text } = bulletin(pair.bulletin);
    const planRegion = PLAN_REGIONS[pair.targetDoc] ?? "平潭综合实验区";
    const match = matchTarget(target, b, pair.use, { planRegion });
    const proposed = match.status === "matched";
    let right = false;
    if (proposed && pair.observationQuote !== null) {
      const o = match.observation!;
      for (let q = text.indexOf(pair.observationQuote); q >= 0 && !right; q = text.indexOf(pair.observationQuote, q + 1)) {
        right = o.start >= q && o.end <= q + pair.observationQuote.length && Math.abs(o.value - pair.observationValue!) < 1e-9;
      }
    }
    // a growth target's base is never written (its measures read rates: docs/measures.md, fill.ts), and labellers
    // disagree on what it would be (the base year's rate or its level): such pairs are out of the score
    const scored = !(pair.use === "base" && measureOf(target) === "growth");
    return { pair, match, proposed, right, scored };
  });
}

export function pairFigures(all: PairOutcome[]): { proposed: number; right: number; positives: number; precision: number; recall: number } {
  const outcomes = all.filter((o) => o.scored);
  const proposed = outcomes.filter((o) => o.proposed).length;
  const right = outcomes.filter((o) => o.right).length;
  const positives = outcomes.filter((o) => o.pair.observationQuote !== null).length;
  return { proposed, right, positives, precision: proposed ? right / proposed : 1, recall: positives ? right / positives : 1 };
}
