// A stand-in for the engine inside the pane's worker, for the browser tests of the document year and of
// low-confidence targets until the engine itself supplies them (extraction issue: the engine will return
// PlanDocument.docYear / docYearSource, honour ExtractOptions.docYear and mark `possible` mentions as
// low-confidence targets). It runs the real engine and then applies that contract (src/core/model.ts) by
// three stated rules, so the pane is tested against the contract, not against canned answers:
//   1. The document year is the one the user set (source "user"), else the first year named in the document's
//      first line (source "title"), else unknown.
//   2. A target whose sentence says 今年 / 全年 / 年内 / 本年 before it is in the document year.
//   3. A number with a measure word (为1000名困难群众提供体检, 打通5条断头路) that no target of the engine covers is
//      a low-confidence target with a reason, as the engine's `possible` role will be.
//   4. A target whose indicator the document states for an earlier year (2020年，全区地区生产总值达到320亿元) has that
//      year and value as its base (baseYear, baseValue, and baseSource at the number), as the engine's `baseline`
//      role will give them.
// Ids are assigned again afterwards by the engine's own rule (a new year gives a new id, as in the engine).
import { extract } from "../../../src/core/index";
import type { ExtractionResult, Target } from "../../../src/core/model";
import { assignIds } from "../../../src/core/extract/refiners/ids";

export { decodeBytes } from "../../../taskpane/engine";

/** The reason rule 3 gives, as the pane must show it. */
export const STUB_LOW_REASON = "量词计数，句中无目标动词";

const THIS_YEAR = /今年|全年|年内|本年/;
const COUNTED = /(\d+)(名|条|个|家|所|场|项|座|处|台|套|户)([^，。；、\n]+)/g;
const SENTENCE_END = /[。；\n]/;

export function extractTargets(text: string, docId: string, docYear?: number): ExtractionResult {
  const real = extract(text, { docId });
  const titleYear = /(\d{4})年/.exec(text.trimStart().split("\n")[0] ?? "");
  const year = docYear ?? (titleYear ? Number(titleYear[1]) : null);
  const source = docYear !== undefined ? "user" : titleYear ? "title" : null;

  const targets: Target[] = real.targets.map((t) => ({
    ...t,
    year: year !== null && THIS_YEAR.test(text.slice(t.sentenceStart, t.start)) ? year : t.year,
  }));
  for (const m of text.matchAll(COUNTED)) {
    const start = m.index!;
    const end = start + m[1].length + m[2].length + m[3].length;
    if (targets.some((t) => t.start < end && start < t.end)) continue;
    const sentenceStart = lastIndexOf(text, SENTENCE_END, start) + 1;
    const after = text.slice(end).search(SENTENCE_END);
    const sentenceEnd = after < 0 ? text.length : end + after + 1;
    targets.push({
      id: "",
      docId,
      indicator: m[3],
      comparator: "=",
      value: Number(m[1]),
      valueMax: null,
      unit: m[2],
      year: year !== null && THIS_YEAR.test(text.slice(sentenceStart, start)) ? year : null,
      period: null,
      kind: "increment",
      responsible: [],
      section: [],
      start,
      end,
      text: text.slice(start, end),
      sentenceStart,
      sentenceEnd,
      optional: false,
      confidence: "low",
      reason: STUB_LOW_REASON,
    });
  }
  for (const t of targets) {
    const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\%]/g, "\\$&");
    const stated = new RegExp(`(\\d{4})年[，,]?(?:全[市区县])?${escape(t.indicator)}(?:达到|为)(\\d+(?:\\.\\d+)?)${escape(t.unit)}`).exec(text);
    if (!stated || t.year === null || Number(stated[1]) >= t.year) continue;
    const start = stated.index + stated[0].length - stated[2]!.length - t.unit.length;
    Object.assign(t, { baseYear: Number(stated[1]), baseValue: Number(stated[2]), baseSource: { start, end: start + stated[2]!.length + t.unit.length } });
  }
  targets.sort((a, b) => a.start - b.start);
  assignIds(targets);
  return { document: { ...real.document, docYear: year, docYearSource: source }, targets };
}

function lastIndexOf(text: string, re: RegExp, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (re.test(text[i])) return i;
  return -1;
}
