// Labelled documents of kinds and regions the bundled seeds do not cover: tests/holdout (work reports, 工作要点,
// action plans, indicator tables, ecology plans with caps, scraped pages with debris) and tests/blind (rural,
// digital-economy, health, transport, business-environment plans and a work summary that is mostly past facts,
// labelled without sight of the engine). A regression floor for generality: pooled precision and recall with the
// gold scorer's matching rules.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { score, type Gold } from "../extract/gold-scoring";
import { ticked } from "../extract/targets-of";

for (const [name, dir, floor] of [
  ["held-out plan documents", __dirname, 0.9],
  ["blind plan documents", path.join(__dirname, "..", "blind"), 0.9],
] as const) {
  const docs = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();

  describe(name, () => {
    const totals = { tp: 0, fp: 0, fn: 0, year: 0 };
    const problems: string[] = [];
    for (const f of docs) {
      const text = readFileSync(path.join(dir, f), "utf8");
      const gold = readFileSync(path.join(dir, f.replace(/\.txt$/, ".jsonl")), "utf8")
        .split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Gold);
      const s = score(text, gold, ticked(extract(text, { docId: f.replace(/\.txt$/, "") }).targets));
      totals.tp += s.tp; totals.fp += s.fp; totals.fn += s.fn; totals.year += s.year * s.tp;
      problems.push(...s.misses.map((m) => `${f} missed ${m}`), ...s.falsePositives.map((p) => `${f} false positive ${p}`));
    }

    it("covers several kinds of document", () => {
      expect(docs.length).toBeGreaterThanOrEqual(6);
    });

    it("keeps pooled precision and recall above the floor", () => {
      const P = totals.tp / (totals.tp + totals.fp);
      const R = totals.tp / (totals.tp + totals.fn);
      expect(P, problems.join("\n")).toBeGreaterThanOrEqual(floor);
      expect(R, problems.join("\n")).toBeGreaterThanOrEqual(floor);
    });

    it("resolves the target year of most matched targets", () => {
      expect(totals.year / totals.tp).toBeGreaterThanOrEqual(0.9);
    });
  });
}
