// The base of a target: the year its change is measured from (较2020年 / 比2020年 / 以2020年为基期 /
// 在2018年基础上 → that year), and the indicator's value in that year where the document states it — in a table's
// base-year column (read with the table) or in a review sentence (2020年,全县地区生产总值达到320亿元).
import { parseChineseNumeral } from "../../numbers/chinese";
import type { Mention } from "../mentions/scan";
import { isPercentUnit } from "../../numbers/units";
import type { Candidate } from "../types";

const YEAR = "(\\d{4}|二〇[〇一二三四五六七八九]{2})";
const BASE_YEAR = [
  new RegExp(`(?:较|比|相比|相较于?|对比|同)${YEAR}年(?:底|末)?(?:相比|水平)?`, "g"),
  new RegExp(`以${YEAR}年(?:底|末)?(?:为|作为)基(?:期|准|数|年)`, "g"),
  new RegExp(`(?:在|以)?${YEAR}年(?:底|末)?(?:的)?基础上`, "g"),
];

const yearOf = (s: string): number | null => (/^\d{4}$/.test(s) ? Number(s) : parseChineseNumeral(s));

/** The base year stated before the number in its sentence (the last one), or null. */
export function baseYearOf(sentenceBefore: string): number | null {
  if (!/[较比同基]/.test(sentenceBefore)) return null; // every base wording has one of these
  let best: { at: number; year: number } | null = null;
  for (const re of BASE_YEAR) {
    re.lastIndex = 0;
    for (const m of sentenceBefore.matchAll(re)) {
      const y = yearOf(m[1]);
      if (y !== null && y >= 1949 && y <= 2100 && (!best || m.index > best.at)) best = { at: m.index, year: y };
    }
  }
  return best ? best.year : null;
}

/** A value a sentence states for an earlier year (a review, a baseline): what the base refiner matches against. */
export interface Observed {
  candidate: Candidate;
  mention: Mention;
  year: number | null;
}

/** The indicator without scope and wording: 全县地区生产总值 → 地区生产总值. */
function core(indicator: string): string {
  return indicator.replace(/[(（][^()（）]*[)）]/g, "")
    .replace(/^(全省|全市|全县|全区|全镇|全域|我省|我市|我县|我区|实验区|全年|年末|期末)+/, "")
    .replace(/^(实现|完成|达到)/, "").replace(/(总量|规模)$/, "").trim();
}

function sameIndicator(a: string, b: string): boolean {
  const x = core(a), y = core(b);
  if (x.length < 2 || y.length < 2) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && (long.endsWith(short) || long.startsWith(short));
}

/** Units after their scale: 亿元 and 万元 are both money, 万人 and 人 both people. */
const baseUnit = (u: string): string => u.replace(/^(万亿|千亿|百亿|亿|千万|百万|十万|万|千|百)/, "");

function fits(target: Candidate, seen: Candidate): boolean {
  if (seen.kind === "growth") return false;
  // a share's base, or the base of a change in points, is a share
  if (target.kind === "share" || /百分点$/.test(target.unit)) return isPercentUnit(seen.unit);
  // a growth rate's base is the level it grows from
  if (target.kind === "growth") return !isPercentUnit(seen.unit);
  return !isPercentUnit(target.unit) && baseUnit(target.unit) === baseUnit(seen.unit);
}

/** The first value stated for a target's indicator in its base year (a bounded look: linear on any document). */
function firstMatch(stated: Observed[], c: Candidate): Observed | null {
  for (let i = 0; i < stated.length && i < 400; i++) {
    const o = stated[i];
    if (fits(c, o.candidate) && sameIndicator(c.indicator, o.candidate.indicator)) return o;
  }
  return null;
}

/**
 * Targets with a base year but no base value take it from a value the document states for the same indicator in
 * that year; the mention stated becomes the target's baseline.
 */
export function fillBaseValues(targets: { c: Candidate }[], seen: Observed[], describe: (m: Mention, indicator: string) => void): void {
  // the values stated for each year, in document order
  const byYear = new Map<number, Observed[]>();
  for (const o of seen) if (o.year !== null) (byYear.get(o.year) ?? byYear.set(o.year, []).get(o.year)!).push(o);
  for (const { c } of targets) {
    if (c.baseYear === undefined || c.baseYear === null || (c.baseValue !== undefined && c.baseValue !== null)) continue;
    const match = firstMatch(byYear.get(c.baseYear) ?? [], c);
    if (!match) continue;
    c.baseValue = match.candidate.value;
    c.baseAt = { start: match.candidate.start, end: match.candidate.end };
    describe(match.mention, c.indicator);
  }
}
