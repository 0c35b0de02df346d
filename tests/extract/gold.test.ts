// The quality bar: every ticked target right and every labelled target found on the labelled seeds (000, 004), year
// accuracy ≥ 0.95, comparator / kind / unit accuracy ≥ 0.9, with the scorer's matching rules.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract, type Target } from "../../src/core";
import { score, type Gold } from "./gold-scoring";
import { ticked } from "./targets-of";

const root = path.resolve(__dirname, "../..");
// labelled gold (copied from the shared labelling set so the test runs anywhere)
const goldDir = path.resolve(__dirname, "gold");
const docs = [
  { id: "000", file: "seeds/000_454fb678136a20a2.txt" },
  { id: "004", file: "seeds/004_6598c0edc5eceb15.txt" },
];

function readGold(id: string): Gold[] {
  return readFileSync(path.join(goldDir, `${id}.jsonl`), "utf8").split("\n").filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Gold & { kind: string }).filter((g) => g.kind !== "baseline");
}

describe.skipIf(!existsSync(goldDir))("gold targets of seeds 000 and 004", () => {
  const totals = { tp: 0, fp: 0, fn: 0, year: 0, comparator: 0, kind: 0, unit: 0 };
  const problems: string[] = [];
  for (const d of docs) {
    const text = readFileSync(path.join(root, d.file), "utf8");
    const preds: Target[] = ticked(extract(text, { docId: d.id }).targets);
    const s = score(text, readGold(d.id), preds);
    totals.tp += s.tp; totals.fp += s.fp; totals.fn += s.fn;
    totals.year += s.year * s.tp; totals.comparator += s.comparator * s.tp; totals.kind += s.kind * s.tp; totals.unit += s.unit * s.tp;
    problems.push(...s.misses.map((m) => `${d.id} missed ${m}`), ...s.falsePositives.map((f) => `${d.id} false positive ${f}`));
  }
  const P = totals.tp / (totals.tp + totals.fp);
  const R = totals.tp / (totals.tp + totals.fn);

  it("precision and recall are 1", () => {
    expect(P, problems.join("\n")).toBe(1);
    expect(R, problems.join("\n")).toBe(1);
  });

  it("year accuracy on matched targets is at least 0.95", () => {
    expect(totals.year / totals.tp).toBeGreaterThanOrEqual(0.95);
  });

  it("comparator, kind and unit accuracy on matched targets are at least 0.9", () => {
    expect(totals.comparator / totals.tp).toBeGreaterThanOrEqual(0.9);
    expect(totals.kind / totals.tp).toBeGreaterThanOrEqual(0.9);
    expect(totals.unit / totals.tp).toBeGreaterThanOrEqual(0.9);
  });
});
