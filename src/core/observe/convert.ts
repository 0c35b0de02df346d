// An observation's value in the target's unit: through the unit catalogue on mathjs (万元 ↔ 亿元, 万人 ↔ 人,
// ‰ ↔ %), and for the count words a bulletin uses that the catalogue lacks (户, 万户, 万张) by their scale prefix.
import { convertUnit } from "../units";

const SCALES: [string, number][] = [
  ["千万", 1e7], ["百万", 1e6], ["十万", 1e5], ["亿", 1e8], ["万", 1e4], ["千", 1e3], ["百", 1e2], ["十", 10],
];
/** Measure words of counted things: the same count whichever a document uses (台资企业 2000家 / 2000户). */
const COUNT_WORDS = new Set(["个", "家", "户", "所", "座", "处", "项", "件", "台", "辆", "张", "床", "艘", "条", "只", "头", "套", "名"]);

function split(unit: string): { scale: number; base: string } {
  for (const [p, f] of SCALES) if (unit.startsWith(p) && unit.length > p.length) return { scale: f, base: unit.slice(p.length) };
  return { scale: 1, base: unit };
}

const spelled = (u: string): string => u.trim().replace("％", "%").replace(/^个百分点$/, "百分点");

/** value (in `from`) expressed in `to`, or null when the two units do not measure the same thing. */
export function convertValue(value: number, from: string, to: string): number | null {
  const a = spelled(from);
  const b = spelled(to);
  if (a === b) return value;
  try {
    return convertUnit(value, a, b);
  } catch {
    // not both in the catalogue: compare by scale prefix and base word
  }
  const x = split(a);
  const y = split(b);
  const sameBase = x.base === y.base || (COUNT_WORDS.has(x.base) && COUNT_WORDS.has(y.base));
  if (!sameBase || x.base === "") return null;
  return Number(((value * x.scale) / y.scale).toPrecision(15));
}
