// The checks run on each real labelled set: its documents are all there, and the pooled scores stay above floors
// set just under the scores reached (they guard against regressions; the report names what was missed).
import { describe, expect, it } from "vitest";
import { givenYears, pooled, scoreSet, type Pooled } from "./real-set";

/** `givenYearCount`: how many documents never state their year and run with the year of SOURCES.md. */
export function realSetSuite(title: string, dir: string, documents: number, floors: Pooled, givenYearCount?: number): void {
  describe(title, () => {
    const docs = scoreSet(dir);
    const p = pooled(docs);
    const report = docs.flatMap((d) => d.problems).slice(0, 40).join("\n");

    it(`has its ${documents} documents, ${givenYearCount === 0 ? "each stating its year" : "some with no stated year"}`, () => {
      expect(docs.length).toBe(documents);
      if (givenYearCount === undefined) expect(givenYears(dir).size).toBeGreaterThan(0);
      else expect(givenYears(dir).size).toBe(givenYearCount);
    });

    it("keeps precision of the ticked targets, recall and review recall above their floors", () => {
      expect(p.precision, report).toBeGreaterThanOrEqual(floors.precision);
      expect(p.recall, report).toBeGreaterThanOrEqual(floors.recall);
      expect(p.reviewRecall, report).toBeGreaterThanOrEqual(floors.reviewRecall);
    });

    it("keeps year and kind accuracy on matched targets above their floors", () => {
      expect(p.year, report).toBeGreaterThanOrEqual(floors.year);
      expect(p.kind, report).toBeGreaterThanOrEqual(floors.kind);
    });
  });
}
