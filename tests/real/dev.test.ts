// Real documents, development set (tests/real/dev): thirteen public plan documents labelled without sight of the
// engine. The engine was developed against them, so the floors below guard against regressions; they are set just
// under the scores reached. A document whose text never states its year runs with the year its labeller gives, as a
// user would set it (SOURCES.md, column "year in text").
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { score, type Gold } from "../extract/gold-scoring";
import { ticked } from "../extract/targets-of";

const dir = path.join(__dirname, "dev");
const docs = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();

/** Document year of each file whose text does not state it (from SOURCES.md). */
function givenYears(): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(path.join(dir, "SOURCES.md"), "utf8").split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length > 6 && cells[1].endsWith(".txt") && /^no\b/.test(cells[5])) out.set(cells[1], Number(cells[4]));
  }
  return out;
}

const FLOORS = { precision: 0.985, recall: 0.98, reviewRecall: 0.98, year: 0.99, kind: 0.99 };

describe("real documents, development set", () => {
  const years = givenYears();
  const totals = { tp: 0, fp: 0, fn: 0, seen: 0, year: 0, kind: 0 };
  const problems: string[] = [];
  for (const f of docs) {
    const text = readFileSync(path.join(dir, f), "utf8");
    const gold = readFileSync(path.join(dir, f.replace(/\.txt$/, ".jsonl")), "utf8").split("\n").filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Gold).filter((g) => g.kind !== "baseline");
    const all = extract(text, { docId: f.replace(/\.txt$/, ""), docYear: years.get(f) }).targets;
    const s = score(text, gold, ticked(all));
    const review = score(text, gold, all);
    totals.tp += s.tp; totals.fp += s.fp; totals.fn += s.fn; totals.seen += review.tp;
    totals.year += s.year * s.tp; totals.kind += s.kind * s.tp;
    problems.push(...s.misses.map((m) => `${f} missed ${m}`), ...s.falsePositives.map((p) => `${f} false positive ${p}`));
  }
  const report = problems.slice(0, 40).join("\n");

  it("has its thirteen documents, some with no stated year", () => {
    expect(docs.length).toBe(13);
    expect(years.size).toBeGreaterThan(0);
  });

  it("keeps precision of the ticked targets, recall and review recall above their floors", () => {
    expect(totals.tp / (totals.tp + totals.fp), report).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(totals.tp / (totals.tp + totals.fn), report).toBeGreaterThanOrEqual(FLOORS.recall);
    expect(totals.seen / (totals.tp + totals.fn), report).toBeGreaterThanOrEqual(FLOORS.reviewRecall);
  });

  it("keeps year and kind accuracy on matched targets above their floors", () => {
    expect(totals.year / totals.tp).toBeGreaterThanOrEqual(FLOORS.year);
    expect(totals.kind / totals.tp).toBeGreaterThanOrEqual(FLOORS.kind);
  });
});
