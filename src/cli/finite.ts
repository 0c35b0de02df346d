// A figure beyond the range of numbers (a 400-digit amount in a document) reads as Infinity, which JSON cannot
// hold (it would write null), CSV would print as "Infinity" and a workbook cannot store. Such targets are left
// out of every format, each reported in one line.
import type { ExtractionResult, Target } from "../core";

const clip = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** The fields of a target holding a number that is not finite. */
function nonFiniteFields(t: Target): string[] {
  return Object.entries(t).filter(([, v]) => typeof v === "number" && !Number.isFinite(v)).map(([k]) => k);
}

export function withoutNonFinite(results: ExtractionResult[]): { results: ExtractionResult[]; problems: string[] } {
  const problems: string[] = [];
  const kept = results.map((r) => ({
    ...r,
    targets: r.targets.filter((t) => {
      const bad = nonFiniteFields(t);
      if (bad.length > 0) {
        problems.push(`${r.document.id}: ${bad.join(", ")} of "${clip(t.text)}" (characters ${t.start}–${t.end}) is beyond the range of numbers; target left out`);
      }
      return bad.length === 0;
    }),
  }));
  return { results: kept, problems };
}
