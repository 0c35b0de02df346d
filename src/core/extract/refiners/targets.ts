// Placed candidates become targets: in document order, duplicates dropped, offsets mapped back to the original
// text, confidence and reason set, stable ids given.
import type { Target } from "../../model";
import { toOriginal, type CleanText } from "../../text/normalise";
import type { Placed } from "../roles/sentence";
import { assignIds } from "./ids";

/** Targets of `placed` (sorted in place); each placed mention learns the index of its target. */
/** A target whose number is no mention of its own: a word (全覆盖), or a cell cut out of numbers that ran together. */
export interface Unmentioned {
  start: number;
  end: number;
  target: number;
  reason: string;
}

/** Whether a candidate of kept[group…] has the span, number, indicator and value of `p`. */
function duplicated(kept: Placed[], group: number, p: Placed): boolean {
  for (let k = group; k < kept.length; k++) {
    const c = kept[k].c;
    // (values compare as written: NaN is NaN)
    if (c.end === p.c.end && c.indicator === p.c.indicator && (c.value === p.c.value || (Number.isNaN(c.value) && Number.isNaN(p.c.value)))) return true;
  }
  return false;
}

export function toTargets(placed: Placed[], original: string, clean: CleanText, docId: string): { targets: Target[]; words: Unmentioned[] } {
  placed.sort((a, b) => a.c.start - b.c.start || a.c.numberAt - b.c.numberAt);
  const targets: Target[] = [];
  const words: Unmentioned[] = [];
  // the candidates kept, and where those at the current start and number begin among them: a duplicate (the same span,
  // number, indicator and value) shares its start and number, so it stands in that group of the sorted list
  const kept: Placed[] = [];
  let group = 0;
  for (const p of placed) {
    if (kept.length > 0 && (kept[group].c.start !== p.c.start || kept[group].c.numberAt !== p.c.numberAt)) group = kept.length;
    if (duplicated(kept, group, p)) continue;
    kept.push(p);
    const span = toOriginal(clean, p.c.start, p.c.end);
    const sent = toOriginal(clean, p.sentence.start, p.sentence.end);
    const index = targets.length;
    targets.push({
      id: "", docId, indicator: p.c.indicator, comparator: p.c.comparator, value: p.c.value, valueMax: p.c.valueMax,
      unit: p.c.unit, year: p.year, period: p.c.period, kind: p.c.kind, responsible: p.responsible, section: p.section,
      start: span.start, end: span.end, text: original.slice(span.start, span.end),
      sentenceStart: sent.start, sentenceEnd: sent.end, optional: p.c.optional,
      ...(p.c.decrease ? { decrease: true } : {}),
      ...(p.c.binding !== undefined ? { binding: p.c.binding } : {}),
      ...(p.c.baseYear !== undefined ? { baseYear: p.c.baseYear, baseValue: p.c.baseValue ?? null, baseSource: p.c.baseAt ? toOriginal(clean, p.c.baseAt.start, p.c.baseAt.end) : null } : {}),
      confidence: p.doubt ? "low" : "high",
      ...(p.doubt ? { reason: p.doubt } : {}),
    });
    if (p.mention) (p.mention.targets ??= []).push(index);
    else words.push({ start: p.c.numberAt, end: p.c.end, target: index, reason: p.c.rule === "table-row" ? "a cell of a table row whose cells ran together" : "a word that states a value (全覆盖, 清零)" });
  }
  assignIds(targets);
  return { targets, words };
}
