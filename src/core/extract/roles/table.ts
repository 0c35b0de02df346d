// The roles stage for a table: each target-year cell a target, each base-year cell a baseline; the cells of a past
// plan's table past.
import { firstAtOrAfter, type Mention } from "../mentions/scan";
import type { Prepared, TableBlock } from "../walk/walk";
import type { Placed } from "./sentence";
import { setRole } from "./sentence";

const RAN_TOGETHER = "the cells of a table row that ran together (each listed on its own)";

/**
 * The number mention of a cell whose number starts at `at` and that ends at `to` — or null when the number is part
 * of a longer run of digits (cells that ran together: that run is marked as such, the cell stands for itself).
 */
export function mentionIn(mentions: Mention[], at: number, to: number): Mention | null {
  const i = firstAtOrAfter(mentions, at);
  if (i < mentions.length && mentions[i].start === at && mentions[i].end <= to) return mentions[i];
  const holding = i < mentions.length && mentions[i].start === at ? mentions[i] : i > 0 && mentions[i - 1].end > at ? mentions[i - 1] : null;
  if (holding) setRole(holding, "other", RAN_TOGETHER);
  return null;
}

export function readTableBlock(block: TableBlock, doc: Prepared, mentions: Mention[], out: Placed[]): void {
  for (const at of block.reading.ordinals) {
    const i = firstAtOrAfter(mentions, at);
    if (i < mentions.length && mentions[i].start === at) setRole(mentions[i], "ordinal", "the row number of a table");
  }
  for (const b of block.reading.baselines) {
    const m = mentionIn(mentions, b.at, b.end);
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
