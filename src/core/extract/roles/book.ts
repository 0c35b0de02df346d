// Every number of the document with its role and reason, in the original text's offsets (`--format mentions`).
// A number the stages never saw — page furniture left out of the clean text — is listed too.
import type { RoledMention, Target } from "../../model";
import { toOriginal, type CleanText } from "../../text/normalise";
import type { Mention } from "../mentions/scan";
import type { Unmentioned } from "../refiners/targets";

/** Role and reason of a mention the stages left without one. */
function settled(m: Mention): { role: RoledMention["role"]; reason: string } {
  if (m.role !== undefined) return { role: m.role, reason: m.reason ?? "" };
  if (m.shape) return m.shape;
  return { role: "other", reason: "outside any statement the rules read" };
}

const isDigitCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);

/**
 * Roled mentions in original offsets, ordered by position. `words` are targets without a mention of their own (全覆盖, a
 * cell of numbers that ran together).
 * A mention that became several targets (a 均 list) is listed once per target.
 */
export function roledMentions(original: string, clean: CleanText, mentions: Mention[], words: Unmentioned[], targets: Target[]): RoledMention[] {
  const out: RoledMention[] = [];
  for (const m of mentions) {
    const span = toOriginal(clean, m.start, m.end);
    const { role, reason } = settled(m);
    const base = { start: span.start, end: span.end, text: original.slice(span.start, span.end), value: Number.isFinite(m.value) ? m.value : null, unit: m.unit, role, reason };
    if (m.targets && m.targets.length) {
      for (const t of m.targets) {
        const target = targets[t];
        out.push({ ...base, role: target.confidence === "low" ? "possible" : "target", reason: target.reason ?? reason, targetId: target.id });
      }
    } else out.push(base);
  }
  for (const w of words) {
    const span = toOriginal(clean, w.start, w.end);
    const t = targets[w.target];
    out.push({ start: span.start, end: span.end, text: original.slice(span.start, span.end), value: t.value, unit: t.unit, role: t.confidence === "low" ? "possible" : "target", reason: w.reason, targetId: t.id });
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return withFurniture(original, out);
}

/** Adds a mention for every run of digits no mention covers (page numbers and headers joined away). */
function withFurniture(original: string, sorted: RoledMention[]): RoledMention[] {
  const extra: RoledMention[] = [];
  let k = 0;
  let coveredTo = 0;
  for (let i = 0; i < original.length; i++) {
    if (!isDigitCode(original.charCodeAt(i))) continue;
    let j = i;
    while (j < original.length && isDigitCode(original.charCodeAt(j))) j++;
    while (k < sorted.length && sorted[k].start <= i) { coveredTo = Math.max(coveredTo, sorted[k].end); k++; }
    if (coveredTo < j) {
      const text = original.slice(i, j);
      const value = Number(text.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
      extra.push({ start: i, end: j, text, value, unit: "", role: "other", reason: "left out of the clean text (page number, running header, injected spam)" });
    }
    i = j - 1;
  }
  if (extra.length === 0) return sorted;
  return [...sorted, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
}
