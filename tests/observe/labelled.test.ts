// Scores on labelled real bulletins (labels written without sight of the reader; see SCORES.md for the first
// scores and labels/README.md for the labelling conventions). Bars: value, unit and year right on ≥ 97 % of at
// least 150 labelled observations; on at least 60 labelled target ↔ observation pairs across at least 5 bulletins,
// precision ≥ 0.95 and recall ≥ 0.85.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readBulletin } from "../../src/core/observe";
import { LABELLED_BULLETINS, LABELS, scoreBulletin } from "./score-observations";
import { pairFigures, readPairs, scorePairs } from "./score-pairs";

describe("observations of labelled bulletins", () => {
  const outcomes = LABELLED_BULLETINS.map((b) => ({ b, r: scoreBulletin(b) }));

  it("has value, unit and year right on at least 97 % of the labelled observations", () => {
    const all = outcomes.flatMap((o) => o.r);
    const right = all.filter((x) => x.right).length;
    for (const { b, r } of outcomes) console.log(`${b}: ${r.filter((x) => x.right).length}/${r.length} right`);
    console.log(`all: ${right}/${all.length} = ${((100 * right) / all.length).toFixed(1)} %`);
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(right / all.length).toBeGreaterThanOrEqual(0.97);
  });

  it("reads each labelled bulletin's year and region from its own text", () => {
    for (const b of LABELLED_BULLETINS) {
      const meta = readBulletin(readFileSync(path.join(LABELS, `${b}.txt`), "utf8"));
      expect([b, meta.year]).toEqual([b, Number(/(\d{4})$/.exec(b)![1])]);
      expect(meta.region, b).not.toBeNull();
    }
  });
});

describe("labelled target ↔ observation pairs", () => {
  const sets = ["labels/pairs.jsonl", "labels/pairs-2.jsonl", "labels/pairs-3.jsonl", "pairs-developer.jsonl"].map((f) => ({ f, out: scorePairs(readPairs(path.join(__dirname, f))) }));
  const all = sets.flatMap((s) => s.out);

  it("proposes matches with precision ≥ 0.95 and recall ≥ 0.85", () => {
    for (const s of sets) console.log(`${s.f}: ${JSON.stringify(pairFigures(s.out))}`);
    const f = pairFigures(all);
    console.log(`all: ${JSON.stringify(f)}`);
    const bulletins = new Set(all.filter((o) => o.pair.observationQuote !== null).map((o) => o.pair.bulletin));
    expect(f.positives).toBeGreaterThanOrEqual(60);
    expect(bulletins.size).toBeGreaterThanOrEqual(5);
    expect(f.precision).toBeGreaterThanOrEqual(0.95);
    expect(f.recall).toBeGreaterThanOrEqual(0.85);
  });

  it("proposes nothing from a bulletin that has no text, or from another city's", () => {
    const never = all.filter((o) => o.pair.bulletin === "pingtan_2023" || o.pair.bulletin === "pingtan_2024" || o.pair.bulletin === "pingtan_2025" || o.pair.bulletin === "12_xian_2025");
    expect(never.length).toBeGreaterThan(100);
    expect(never.filter((o) => o.proposed)).toEqual([]);
  });
});
