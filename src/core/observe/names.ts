// Indicator names as plans and bulletins write them, brought to one form so that the same indicator compares
// equal: 全年全市地区生产总值 / 生产总值（GDP） / GDP → 地区生产总值; the synonym groups of synonyms.json map the
// other spellings (城镇化率 → 常住人口城镇化率, 社零 → 社会消费品零售总额). Words that change the indicator
// (市本级, 人均, 城镇, 限额以上 …) are told apart from words that do not (总额, 总量, 规模).
import { normalise } from "../text/normalise";
import synonymData from "./synonyms.json";

/** Words in front of an indicator that only say where or when. */
const SCOPE = /^(?:全(?:市|区|县|州|省|盟|旗)|全年|年末|年底|年度|本年|当年|实现|完成|累计完成|达到)+/;
/** Endings that say how it moves, not what it is (the target's kind carries that). */
const TAIL = /(?:年均增长率|年均增速|年均增长|平均增长|平均增速|增长率|增速|增长|增幅|达到|达)$/;

/** Brings an indicator name to the form names are compared in. */
export function normaliseName(name: string): string {
  let t = normalise(name).text.replace(/[\s“”"'‘’《》「」]/g, "");
  t = t.replace(/\([A-Za-z&]+\)/g, ""); // 生产总值(GDP), 居民消费价格(CPI)
  t = t.replace(/\(名义\)$/, "").replace(/\(实际\)$/, "实际");
  t = t.replace(/GDP/g, "地区生产总值").replace(/(?<!地区|国内)生产总值/g, "地区生产总值");
  t = t.replace(/的/g, "").replace(/占全(?:市|区|县|州|省)/g, "占");
  for (let guard = 0; guard < 4; guard++) {
    const before = t;
    t = t.replace(SCOPE, "").replace(TAIL, "");
    if (t === before) break;
  }
  return t;
}

const groups = (synonymData as { groups: string[][] }).groups;
const canonical = new Map<string, string>();
for (const group of groups) {
  for (const alias of group) canonical.set(normaliseName(alias), group[0]!);
}

/** The synonym group's name for a (normalised) name, or null when it is in no group. */
export function synonymOf(normalised: string): string | null {
  return canonical.get(normalised) ?? null;
}

/** Words that make another indicator of the same stem: 市本级一般公共预算收入 is not the city's revenue. */
const QUALIFIERS = [
  "市本级", "区本级", "县本级", "本级", "人均", "城镇", "农村", "城乡", "乡村", "限额以上", "限上", "规模以上", "规上", "国有",
  "民营", "民间", "私营", "外商", "外资", "国内", "入境", "出境", "出口", "进口", "其中", "新增", "累计", "实际", "名义", "重点",
  "高技术", "高新技术", "战略性新兴", "第一产业", "第二产业", "第三产业", "工业", "服务业", "农业", "制造业", "网上", "线上",
  "对台", "岚台", "台资", "中心城区", "主城区", "城区", "市区", "含", "不含", "平均", "两年", "十三五", "十四五", "占",
];
/** Qualifiers of scope that a sub-item shares with its total (出口 of 岚台贸易进出口总额 is 岚台 trade). */
const SCOPES = ["市本级", "区本级", "县本级", "本级", "岚台", "对台", "中心城区", "主城区", "城区", "市区", "限额以上", "限上"];

/** A scope of the total a sub-item belongs to that the target does not have, or null. */
export function foreignScope(target: string, total: string | null): string | null {
  if (total === null) return null;
  const t = normaliseName(target);
  return SCOPES.find((q) => total.includes(q) && !t.includes(q)) ?? null;
}

/** A name without the words that only say "total" or "amount". */
const core = (n: string): string => n.replace(/总/g, "").replace(/(?:额|量|值|数|规模|数量|水平)$/, "");

/** Differences that do not change the indicator. */
const NEUTRAL = /^(?:总额|总量|总值|总数|总|数量|数|人数|人次|额|量|规模|合计|水平)+$/;

export interface NameMatch {
  score: number;
  reason: string;
}

/** Character-bigram similarity (Dice), for naming the closest candidate of an unmatched target. */
function dice(a: string, b: string): number {
  const grams = (s: string): string[] => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
  const ga = grams(a);
  const gb = grams(b);
  if (ga.length === 0 || gb.length === 0) return a === b ? 1 : 0;
  const pool = new Map<string, number>();
  for (const g of gb) pool.set(g, (pool.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of ga) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      common++;
      pool.set(g, n - 1);
    }
  }
  return (2 * common) / (ga.length + gb.length);
}

/**
 * How well two indicator names agree: 1 the same indicator (also through a synonym group), 0.9 when they differ
 * only by neutral words (总额, 规模), 0 when a qualifier tells them apart, and the bigram similarity below 0.7
 * otherwise (a near miss to list, never to accept).
 */
export function compareNames(target: string, observed: string): NameMatch {
  const a = normaliseName(target);
  const b = normaliseName(observed);
  if (a === "" || b === "") return { score: 0, reason: "no indicator name" };
  if (a === b) return { score: 1, reason: "same indicator" };
  const sa = synonymOf(a);
  const sb = synonymOf(b);
  if (sa !== null && sa === sb) return { score: 1, reason: `synonyms: ${a} = ${b}` };
  if (sa !== null && sb !== null) return { score: 0, reason: `different indicators: ${sa} / ${sb}` };
  // 对台贸易额 / 对台贸易总额, 游客接待人数 / 游客接待总人数
  if (core(a) === core(b)) return { score: 0.9, reason: `differ only by 总 / 额 / 量: ${a} ~ ${b}` };
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const at = long.indexOf(short);
  if (at >= 0) {
    const extra = long.slice(0, at) + long.slice(at + short.length);
    const qualifier = QUALIFIERS.find((q) => extra.includes(q));
    if (qualifier) return { score: 0, reason: `"${qualifier}" makes another indicator (${long} ≠ ${short})` };
    if (NEUTRAL.test(extra)) return { score: 0.9, reason: `differs only by "${extra}"` };
  }
  return { score: Math.min(0.69, dice(a, b)), reason: `similar names: ${a} ~ ${b}` };
}
