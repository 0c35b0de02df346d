// Responsible units of a paragraph: (责任单位:A、B), (A牵头,B配合), 牵头单位:…, 责任部门:…, a trailing
// "责任单位:A、B" without brackets, and a trailing "(市发改委、市统计局)" list of organisations.
import { ORG_SUFFIX } from "../phrase/lexicon";

export interface ResponsibleGroup {
  /** Clean-text position where the group starts (targets before it in the paragraph take it). */
  at: number;
  units: string[];
}

function splitUnits(s: string): string[] {
  return s.split(/[、,;,;]/).map((x) => x.trim().replace(/^(等|及)/, "").replace(/等$/, "")).filter((x) => x.length >= 2 && x.length <= 30);
}

function fromInner(inner: string): string[] | null {
  const label = /^(?:主要)?(?:责任单位|牵头单位|责任部门|牵头部门|实施主体|责任主体)[::]\s*(.*)$/s.exec(inner);
  if (label) {
    const rest = label[1];
    const coop = /[;;,,]\s*(?:配合单位|协同单位|参与单位)[::]/.exec(rest);
    return coop ? [...splitUnits(rest.slice(0, coop.index)), ...splitUnits(rest.slice(coop.index + coop[0].length))] : splitUnits(rest);
  }
  const lead = inner.indexOf("牵头");
  if (lead > 0) {
    const leads = splitUnits(inner.slice(0, lead));
    const rest = inner.slice(lead + 2).replace(/^[,,;;、\s]+/, "").replace(/(配合|参与|协同|负责)$/, "");
    return [...leads, ...splitUnits(rest)];
  }
  const units = splitUnits(inner);
  if (units.length >= 1 && units.every((u) => ORG_SUFFIX.test(u)) && !/\d/.test(inner)) return units;
  return null;
}

const OPEN = "(".charCodeAt(0), CLOSE = ")".charCodeAt(0);

/** Responsible groups in the paragraph text[from, to). Each bracket is scanned once: linear in the paragraph. */
export function responsibleGroups(text: string, from: number, to: number): ResponsibleGroup[] {
  const out: ResponsibleGroup[] = [];
  const para = text.slice(from, to); // search inside the paragraph only: an unbounded indexOf would be quadratic
  let i = from;
  while (i < to) {
    const local = para.indexOf("(", i - from);
    if (local < 0) break;
    const open = from + local;
    let close = open + 1;
    while (close < to && close - open < 400 && text.charCodeAt(close) !== CLOSE && text.charCodeAt(close) !== OPEN) close++;
    if (close >= to || text.charCodeAt(close) !== CLOSE) { i = close; continue; }
    const units = fromInner(text.slice(open + 1, close));
    if (units && units.length) out.push({ at: open, units });
    i = close + 1;
  }
  // unbracketed label at the end of the paragraph: 。责任单位:区城管局、区住建局
  const tail = text.slice(Math.max(from, to - 300), to);
  const m = /(?:责任单位|牵头单位|责任部门)[::]\s*([^。()()]{2,280})$/.exec(tail);
  if (m && !out.some((g) => g.at >= to - 300 + (m.index ?? 0) - 1)) {
    out.push({ at: Math.max(from, to - 300) + (m.index ?? 0), units: splitUnits(m[1]) });
    out.sort((a, b) => a.at - b.at);
  }
  return out;
}

/** The group that follows a target in its paragraph, else the last one before it. */
export function unitsFor(groups: ResponsibleGroup[], position: number): string[] {
  // groups are sorted by position: binary search for the first at >= position
  let lo = 0, hi = groups.length;
  const sorted = groups;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].at >= position) hi = mid; else lo = mid + 1;
  }
  if (lo < sorted.length) return sorted[lo].units;
  return sorted.length ? sorted[sorted.length - 1].units : [];
}
