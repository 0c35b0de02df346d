// A mention: one number token with its unit and trailing comparator word, checked against the patterns
// that make a number a name rather than a quantity (5G, G60, 4A级, “1323”, 7×24小时, 12345热线, 第二十七).
import type { Comparator } from "../model";
import { scanNumbers } from "../numbers/scan";
import { matchUnit, TIME_UNITS } from "../numbers/units";
import { GROWTH_WORDS, SUFFIX_COMPARATORS } from "./lexicon";

export interface Mention {
  /** Start of the number. */
  start: number;
  /** End of the number and unit (before the suffix comparator). */
  unitEnd: number;
  /** End of the mention including the suffix comparator (以上/左右/以内). */
  end: number;
  value: number;
  valueMax: number | null;
  unit: string;
  /** The unit was implied by growth wording (增长10以上 → %). */
  impliedUnit: boolean;
  suffix: Comparator | null;
  chinese: boolean;
}

const ASCII_LETTER = /[A-Za-z]/;
const LATIN_UNIT = /^(?:[EPT]FLOPS|[EPT]Flops|Gbps|Mbps|[GTP]B)(?![A-Za-z])/;
/** A rate per population written after the number: 孕产妇死亡率控制在13/10万以下. */
const PER_POPULATION = /^\/(?:10万|十万|万|千|百)/;
const NAME_AFTER_UNIT = /^(级|型|圈|制|类|强|届|周年|号|期|批次|代)/;
const NAME_AFTER_NUMBER = /^(热线|号|届|期|周年|大|代|型|版|点|后)/;
/** An indicator measured in years, then its verb: 平均受教育年限达到11.2年, 受教育年限:11.2年. */
const YEARS_OF = /年限[::]?(?:达到|达|提高到|提升到|为|稳定在|保持在|超过|不低于)?$/;
/** A measure stated without a unit (系数, 率, 比, 指数…) and the target verb right before its number. */
const UNITLESS_MEASURE = /(系数|率|比|指数|密度|强度|弹性)(?:达到|达|控制在|提高到|提升到|降低到|下降到|降至|下降至|保持在|稳定在|不低于|不高于|不超过|低于|高于|超过|小于|大于)$/;
const SMALL_COUNT_VERBS = ["建成", "新建", "创建", "培育", "新增", "引进", "打造", "争创", "创成", "建设"];
/** A quoted name with a numeral right after a count: 实施6个“一”工程, 3个“1+N”平台. */
const QUOTED_NUMERAL_NAME = /^[“"][^”"]{0,6}[一二三四五六七八九十\d][^”"]{0,6}[”"]/;
const GATED_CHINESE_BEFORE = ["达到", "达", "突破", "超过", "超", "过", "迈上", "跨上", "站上", "增长", "提高到", "增加", "新增", "实现", "建成", "培育", "引进", "完成", "控制在", "不少于", "不低于", "不超过", "到", "至"];

function readSuffix(text: string, i: number, to: number): { cmp: Comparator; end: number } | null {
  for (const [word, cmp] of SUFFIX_COMPARATORS) {
    if (text.startsWith(word, i) && i + word.length <= to) {
      // 多/余 only as "200多家"-style approximations right after the number, not 多元/余额
      if ((word === "多" || word === "余") && !/^[家个人万亿元项所座条处名件户套张台辆次吨亩]/.test(text.slice(i + 1, i + 2))) continue;
      return { cmp, end: i + word.length };
    }
  }
  return null;
}

function endsWithGrowth(s: string): boolean {
  const t = s.replace(/(达到|达|约|为)$/, "");
  return GROWTH_WORDS.some((w) => t.endsWith(w));
}

/** Mentions in the clause text[from, to). */
export function mentionsIn(text: string, from: number, to: number, titleMask: Uint8Array): Mention[] {
  const out: Mention[] = [];
  for (const tok of scanNumbers(text, from, to)) {
    if (titleMask[tok.start]) continue; // inside 《a title》
    const before = text[tok.start - 1] ?? "";
    const after = text[tok.end] ?? "";
    // a Latin unit of computing or network capacity (15EFLOPS, 1000Gbps) is a unit, not a name
    const latin = LATIN_UNIT.exec(text.slice(tok.end, tok.end + 8));
    if (ASCII_LETTER.test(before) || (ASCII_LETTER.test(after) && !latin)) continue; // 5G, G60, PM2.5, 4A级, 110KV
    if (before === "第" || before === "“" || before === '"' || before === "「" || before === "+" || before === "×" || before === "*" || before === "/" || before === "#") continue;
    // 产值与农业总产值比达到2.5:1: a ratio to one, read as its first term
    const ratio = after === ":" && /^:1(?![\d.:])/.test(text.slice(tok.end, tok.end + 3)) && tok.end + 2 <= to && !tok.chinese &&
      UNITLESS_MEASURE.test(text.slice(Math.max(from, tok.start - 10), tok.start));
    if (after === "+" || after === "×" || after === "*" || after === "”" || (after === ":" && !ratio) || after === ".") continue;
    if (after === "/" && !PER_POPULATION.test(text.slice(tok.end, tok.end + 4)) && !matchUnit(text, tok.end)) continue;
    if (!tok.chinese && tok.raw.length >= 7 && !tok.raw.includes(".")) continue; // phone or index numbers
    if (NAME_AFTER_NUMBER.test(text.slice(tok.end, tok.end + 2))) continue;
    // 占比达到三成以上: tenths of a share, read as a percentage (three tenths → 30%)
    const tenths = tok.chinese && /^[一二三四五六七八九]$/.test(tok.raw) && text[tok.end] === "成" && !/^成[为立果效就熟长员本品型交]/.test(text.slice(tok.end, tok.end + 2)) &&
      /(比重|占比|比例|率|份额)(达到|超过|提高到|提升到|达|超|突破|不低于|不少于|保持在|稳定在)$/.test(text.slice(Math.max(from, tok.start - 12), tok.start));
    if (tok.chinese && !tenths && !tok.percent) {
      const head = text.slice(Math.max(from, tok.start - 3), tok.start);
      // a single digit counts after an action verb with a measure word: 建成两个国家生态文明建设示范区
      const smallCount = /^[二两三四五六七八九]$/.test(tok.raw) && SMALL_COUNT_VERBS.some((w) => head.endsWith(w)) && /^[个家座所项处条支][^十百千万亿一二三四五六七八九\d]/.test(text.slice(tok.end, tok.end + 2));
      // otherwise Chinese numerals count only with scale characters and a target verb right before: 突破千亿元
      // 一万亿元, 两万个, 五万亿元台阶: a single digit with 万/亿 before its unit is a quantity
      const scaled = /^[一二两三四五六七八九]$/.test(tok.raw) && /^[万亿]/.test(matchUnit(text, tok.end)?.unit ?? "");
      if (!smallCount && !scaled && (!/[十百千]/.test(tok.raw) || tok.value < 10)) continue;
      // 培育规上企业两千家,: a numeral of two or more characters with its unit closing the clause needs no verb
      const closesClause = (tok.raw.length >= 2 || scaled) && /^[\u4e00-\u9fff]{1,4}?(以上|左右|以内)?([,。;、]|$)/.test(text.slice(tok.end, Math.min(to, tok.end + 8)) + (tok.end + 8 >= to ? "" : "x")) && matchUnit(text, tok.end) !== null;
      if (!smallCount && !closesClause && !GATED_CHINESE_BEFORE.some((w) => head.endsWith(w))) continue;
    }
    let unit = "";
    let unitEnd = tok.end;
    let implied = false;
    const per = PER_POPULATION.exec(text.slice(tok.end, tok.end + 4));
    const u = tok.percent ? { unit: "%", end: tok.end } : tenths ? { unit: "%", end: tok.end + 1 } : latin ? { unit: latin[0], end: tok.end + latin[0].length } : per ? { unit: per[0], end: tok.end + per[0].length } : matchUnit(text, tok.end);
    if (u && u.end <= to) {
      unit = u.unit;
      unitEnd = u.end;
    } else if (!u && text[tok.end] === "年" && tok.end + 1 <= to && YEARS_OF.test(text.slice(Math.max(from, tok.start - 12), tok.start))) {
      // 平均受教育年限:11.2年: a length in years measured by the indicator
      unit = "年";
      unitEnd = tok.end + 1;
    }
    if (ratio) unitEnd = tok.end + 2;
    const suf = readSuffix(text, unitEnd, to);
    // 灌溉水有效利用系数达到0.58, 万车死亡率控制在1.5以下: a coefficient or rate with no unit, right after its verb
    const unitless = ratio || (!unit && !tok.chinese && (suf !== null || unitEnd >= to || ",。;、)".includes(text[unitEnd])) &&
      UNITLESS_MEASURE.test(text.slice(Math.max(from, tok.start - 10), tok.start)));
    if (!unit && !unitless) {
      // 实际利用外资年均增长10以上: a rate without its % sign
      const boundaryAfter = unitEnd >= to || ",。;、)".includes(text[unitEnd]);
      if (!(suf || boundaryAfter) || tok.value >= 1000) continue;
      if (!endsWithGrowth(text.slice(Math.max(from, tok.start - 8), tok.start))) continue;
      unit = "%";
      implied = true;
    }
    const end = suf ? suf.end : unitEnd;
    const next = text.slice(end, end + 3);
    if (NAME_AFTER_UNIT.test(text.slice(unitEnd, unitEnd + 2))) continue; // 百亿级, 千万吨级, 1小时经济圈
    if (QUOTED_NUMERAL_NAME.test(text.slice(unitEnd, unitEnd + 16))) continue;
    if (TIME_UNITS.has(unit) && /^[\u4e00-\u9fff“"]/.test(next) && !/^(以内|之内|内|办结|完成)/.test(next)) continue;
    if ((unit === "岁" || unit === "年") && suf && /^[\u4e00-\u9fff]/.test(next)) continue; // 20岁以下失业人员
    out.push({
      start: tok.start, unitEnd, end, value: tenths ? tok.value * 10 : tok.value, valueMax: tok.valueMax, unit, impliedUnit: implied,
      suffix: suf ? suf.cmp : null, chinese: tok.chinese,
    });
  }
  return out;
}
