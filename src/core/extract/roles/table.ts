// The roles stage for a table: each target-year cell a target, each base-year cell a baseline; the cells of a past
// plan's table past.
import { firstAtOrAfter, type Mention } from "../mentions/scan";
import type { Prepared, TableBlock } from "../walk/walk";
import type { Placed } from "./sentence";
import { setRole } from "./sentence";

/** The number mention inside a cell that starts at `from` and ends at `to` (the cell may open with ≥ or 〔). */
export function mentionIn(mentions: Mention[], from: number, to: number): Mention | null {
  const i = firstAtOrAfter(mentions, from);
  return i < mentions.length && mentions[i].start < to ? mentions[i] : null;
}

export function readTableBlock(block: TableBlock, doc: Prepared, mentions: Mention[], out: Placed[]): void {
  for (const b of block.reading.baselines) {
    const m = mentionIn(mentions, b.at, b.at + 1);
    if (m) setRole(m, "baseline", `the value of the base year${b.year ? ` ${b.year}` : ""} in an indicator table`);
  }
  for (const c of block.reading.candidates) {
    const m = mentionIn(mentions, c.numberAt, c.end);
    // a past plan's table (2020年目标 | 2020年完成 in a later document) reviews, it sets nothing; so does any table
    // of a bulletin
    if (doc.review || (c.year !== null && doc.docYear !== null && c.year < doc.docYear)) {
      if (m) setRole(m, "past", doc.review ?? "a table of an earlier plan");
      continue;
    }
    if (m) setRole(m, "target", "a target-year cell of an indicator table");
    out.push({ c, section: block.section, year: c.year ?? block.scopeYear, responsible: c.responsible ?? [], sentence: { start: c.start, end: c.end }, mention: m, doubt: null });
  }
}
