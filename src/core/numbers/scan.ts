// Linear scanner for number tokens: Arabic digits (with decimals and 1,200-style grouping), Chinese
// numerals (二〇三五, 三十, 千), and ranges joined by —/-/~/至/到 (3—5家, 1%-1.5%, 30—50年一遇).
import { codeTable, indexOfCode } from "../text/code-units";
import { isChineseDigit, isChineseNumeralChar, isChineseNumeralCode, parseChineseNumeral } from "./chinese";
import { isMeasureWord, matchUnit, type UnitMatch } from "./units";

export interface NumberToken {
  start: number;
  /** End of the last number (before the unit). */
  end: number;
  value: number;
  valueMax: number | null;
  chinese: boolean;
  /** Raw text of the (first) number. */
  raw: string;
  /**
   * Written as a percentage, per mille or a rate per so many in words (百分之六 → 6 %, 千分之四点五 → 4.5 ‰, 百万分之一 → 1
   * /百万); start is at 百分之 / 千分之 / 百万分之.
   */
  percent?: "%" | "‰" | PerWords;
}

/** A rate per hundred thousand or million in words, as its unit: 十万分之一 → /十万, 百万分之一 → /百万. */
type PerWords = "/十万" | "/百万";
const PER_WORDS = /^(百万|十万)分之(?=[一二两三四五六七八九十零〇\d])/;

const WAN = "万".charCodeAt(0);
const YI = "亿".charCodeAt(0);
const isNumeralCode = (c: number): boolean => (c >= 48 && c <= 57) || isChineseNumeralCode(c);

/**
 * Where the first character in text[from, to) that may open a number is — a digit or a Chinese numeral (万 only before 亿
 * within `peekTo`: 突破万亿元) — or -1.
 */
// (a look at each code in a table: three times as fast as the regex engine's search for the same class, cold or warm)
export function nextNumeral(text: string, from: number, to: number, peekTo = to): number {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (isNumeralCode(c) || (c === WAN && k + 1 < peekTo && text.charCodeAt(k + 1) === YI)) return k;
  }
  return -1;
}

const ONE_AS_DASH = "一".charCodeAt(0);
const RANGE_JOINERS = codeTable("—–―-~～至到－");
const PERCENT_WORD_FIRST = "百".charCodeAt(0);
const PER_MILLE_WORD_FIRST = "千".charCodeAt(0);
const TEN_FIRST = "十".charCodeAt(0);

/** The longest measure word with its scale (万套(间)), and the joiner after it. */
const MEASURE_SPAN = 6;
function joinerWithin(text: string, from: number, to: number): boolean {
  return indexOfCode(text, RANGE_JOINERS, from, to) >= 0;
}

/** One number read alone: already shaped as a token (valueMax null), so a number without a range is its own token. */
interface Simple { start: number; end: number; value: number; valueMax: null; chinese: boolean; raw: string }

/** Whether text[i] is an ASCII digit (false past the end): a code comparison, no one-character string. */
function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}
/** Whether text[i] is a common Han character (false outside the text). */
function isHanAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
}
const COMMA = 44, DOT = 46, SPACE = 32;
const NEWLINE = 10, SEMICOLON = 0x3b, FULL_SEMICOLON = 0xff1b, FULL_STOP = 0x3002;
/** Whether a character code may stand before a list's item number: a line break, a semicolon or a full stop. */
function opensItem(c: number): boolean {
  return c === NEWLINE || c === SEMICOLON || c === FULL_SEMICOLON || c === FULL_STOP;
}

/**
 * Whether the figures text[start, dotAt) before a point are a list's item number glued to the item's first figure: 2.印发…;
 * 3.100%比例二级综合医院…单独设置口腔科 — the item opens a line or follows a semicolon or full stop, and the item before it,
 * numbered one less, opens the same way earlier in the line (or opens the window, at most 400 characters back).
 */
export function itemNumberBefore(text: string, start: number, dotAt: number): boolean {
  if (dotAt - start > 2 || !isDigitAt(text, dotAt + 1)) return false;
  if (start > 0 && !opensItem(text.charCodeAt(start - 1))) return false;
  const n = Number(text.slice(start, dotAt));
  if (n < 2) return false;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const line = text.slice(Math.max(lineStart, start - 400), start);
  // (the item before, numbered n - 1, opening the window or after a mark that opens an item, no figure after its point)
  const mark = `${n - 1}.`;
  for (let k = line.indexOf(mark); k >= 0; k = line.indexOf(mark, k + 1)) {
    if ((k === 0 || opensItem(line.charCodeAt(k - 1))) && !isDigitAt(line, k + mark.length)) return true;
  }
  return false;
}

function readArabic(text: string, i: number): Simple {
  const start = i;
  while (isDigitAt(text, i)) i++;
  // 1,200 grouping: only when exactly three digits follow and the head is at most three digits
  let grouped = false;
  while (text.charCodeAt(i) === COMMA && i - start <= 3 && isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && isDigitAt(text, i + 3) && !isDigitAt(text, i + 4)) {
    i += 4;
    grouped = true;
  }
  // (农机总动力要突破1 680万千瓦: a space between groups of three, as some presses print thousands, before a scale or a unit,
  // after a word)
  if (!grouped && text.charCodeAt(i) === SPACE && i - start <= 3 && isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && isDigitAt(text, i + 3) &&
    isHanAt(text, i + 4) && isHanAt(text, start - 1)) {
    const raw = text.slice(start, i) + text.slice(i + 1, i + 4);
    return { start, end: i + 4, value: Number(raw), valueMax: null, chinese: false, raw: text.slice(start, i + 4) };
  }
  const dot = text.charCodeAt(i) === DOT && !itemNumberBefore(text, start, i);
  if (dot && isDigitAt(text, i + 1)) {
    i++;
    while (isDigitAt(text, i)) i++;
  } else if (dot && text.charCodeAt(i + 1) === SPACE && isDigitAt(text, i + 2) && /[\u4e00-\u9fff]/.test(text[start - 1] ?? "") &&
    !/(第|任务|专栏|附件|附表|表|图|措施|行动|工程|项目|目标)$/.test(text.slice(Math.max(0, start - 2), start)) && /^\d+[万亿%‰]/.test(text.slice(i + 2, i + 12))) {
    // 新增托位1. 6万个: a decimal point a PDF spaced off, before a scale or a percent (任务1. 3个… stays a list number)
    const intEnd = i;
    i += 2;
    while (isDigitAt(text, i)) i++;
    const raw = text.slice(start, intEnd) + "." + text.slice(intEnd + 2, i);
    return { start, end: i, value: Number(raw), valueMax: null, chinese: false, raw };
  }
  const raw = text.slice(start, i);
  // 3万8000亿元, 1万2000人: ten-thousands, then the thousands written out in figures — one amount (38000亿元)
  if (!grouped && !dot && text.charCodeAt(i) === WAN && i - start <= 4 && isDigitAt(text, i + 1) && text.charCodeAt(i + 1) !== 48 &&
    isDigitAt(text, i + 2) && isDigitAt(text, i + 3) && isDigitAt(text, i + 4) && !isDigitAt(text, i + 5) && text.charCodeAt(i + 5) !== DOT) {
    return { start, end: i + 5, value: Number(raw) * 10000 + Number(text.slice(i + 1, i + 5)), valueMax: null, chinese: false, raw: text.slice(start, i + 5) };
  }
  return { start, end: i, value: Number(grouped ? raw.replace(/,/g, "") : raw), valueMax: null, chinese: false, raw };
}

function readChinese(text: string, i: number): Simple | null {
  const start = i;
  while (i < text.length && isChineseNumeralCode(text.charCodeAt(i))) i++;
  // numerals longer than a dozen characters are not quantities; their run is skipped whole
  if (i - start > 12) return { start, end: i, value: NaN, valueMax: null, chinese: true, raw: "" };
  const raw = text.slice(start, i);
  const value = parseChineseNumeral(raw);
  if (value === null) return { start, end: i, value: NaN, valueMax: null, chinese: true, raw: "" };
  // 五点五 → 5.5: 点 followed by plain digits (no 十百千) is a decimal point; so is a full-width point between numerals,
  // as Taiwan's press writes them (三八七．四四億元, 卅一．八五％)
  // (normalised to ".", it is a point only before a unit, not a list number's: 三.加快…)
  const point = text[i] === "点" || text[i] === "．" || text[i] === ".";
  if (point && isChineseDigit(text[i + 1] ?? "")) {
    let k = i + 1;
    let frac = "";
    while (k < text.length && k - i <= 6 && isChineseDigit(text[k])) { frac += String(parseChineseNumeral(text[k])); k++; }
    if (!isChineseNumeralChar(text[k]) && (text[i] === "点" || /[億亿万萬％%元倍]/.test(text[k] ?? ""))) return { start, end: k, value: Number(`${value}.${frac}`), valueMax: null, chinese: true, raw: text.slice(start, k) };
  }
  return { start, end: i, value, valueMax: null, chinese: true, raw };
}

function readSimple(text: string, i: number): Simple | null {
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return readArabic(text, i);
  if (isChineseNumeralCode(c)) return readChinese(text, i);
  return null;
}

/** All number tokens in text[from, to), in order. Each character is visited a bounded number of times. */
export function scanNumbers(text: string, from = 0, to = text.length): NumberToken[] {
  const out: NumberToken[] = [];
  const cursor = new NumberCursor(text, from, to);
  for (let token = cursor.next(); token !== null; token = cursor.next()) out.push(token);
  return out;
}

const PERCENT_SIGN = "%".charCodeAt(0);
const PER_MILLE_SIGN = "‰".charCodeAt(0);

/**
 * The number tokens of text[from, to), read one at a time: a caller that handles each in turn keeps none alive (on a
 * long line full of numbers, a list of them all would outlive the young generation and cost the collector dearly).
 */
export class NumberCursor {
  private readonly text: string;
  private readonly to: number;
  /** How far a 万 may look for the 亿 after it: `to` in a clause of more than 12 characters, else the text's end (as the
   * character walk that short clauses once had read it). */
  private readonly peekTo: number;
  private i: number;

  constructor(text: string, from = 0, to = text.length) {
    this.text = text;
    this.to = to;
    this.peekTo = to - from > 12 ? to : text.length;
    this.i = from;
  }

  /** The next token, or null when there is none. */
  next(): NumberToken | null {
    const text = this.text, to = this.to;
    let i = this.i;
    while (i < to) {
      const k = nextNumeral(text, i, to, this.peekTo);
      if (k < 0) break;
      i = k;
      // 突破万亿, 超万亿元: a bare 万 before 亿 is ten thousand of them (as 千亿元 is a thousand)
      if (text.charCodeAt(i) === WAN) {
        const bare = i + 1 < to && !isNumeralCode(text.charCodeAt(i - 1)) && !isDigitAt(text, i - 1);
        i++;
        if (bare) { this.i = i; return { start: i - 1, end: i, value: 10000, valueMax: null, chinese: true, raw: "万" }; }
        continue;
      }
      // 百分之六左右 / 百分之五点五: a percentage in words (千分之四点五, 千分之6: per mille)
      const code = text.charCodeAt(i);
      // (百万分之一, 十万分之三: a rate per so many in words)
      const per = (code === PERCENT_WORD_FIRST || code === TEN_FIRST) && text.charCodeAt(i + 1) === WAN ? PER_WORDS.exec(text.slice(i, i + 6)) : null;
      if (per) {
        const rate = readSimple(text, i + per[0].length);
        if (rate && !Number.isNaN(rate.value) && rate.end <= to) {
          this.i = rate.end;
          return { start: i, end: rate.end, value: rate.value, valueMax: null, chinese: rate.chinese, raw: rate.raw, percent: `/${per[1]}` as PerWords };
        }
      }
      if ((code === PERCENT_WORD_FIRST || code === PER_MILLE_WORD_FIRST) && text.startsWith(code === PERCENT_WORD_FIRST ? "百分之" : "千分之", i) && i + 3 < to) {
        const pct = readSimple(text, i + 3);
        if (pct && !Number.isNaN(pct.value) && pct.end <= to) {
          const word = code === PERCENT_WORD_FIRST ? "百分之" : "千分之";
          // (百分之四点五至百分之五: a range written with the word twice)
          const second = RANGE_JOINERS[text.charCodeAt(pct.end)] === 1 && text.startsWith(word, pct.end + 1) ? readSimple(text, pct.end + 4) : null;
          const max = second && !Number.isNaN(second.value) && second.end <= to && second.value > pct.value ? second : null;
          this.i = max ? max.end : pct.end;
          return { start: i, end: max ? max.end : pct.end, value: pct.value, valueMax: max ? max.value : null, chinese: pct.chinese, raw: pct.raw, percent: code === PERCENT_WORD_FIRST ? "%" : "‰" };
        }
      }
      // a digit glued to a preceding digit/decimal point was consumed already; skip decimals like .5
      const first = readSimple(text, i);
      if (!first || first.end > to) { i++; continue; }
      if (Number.isNaN(first.value)) { i = first.end; continue; } // malformed run: skip it whole
      const token = withRange(text, first, to);
      this.i = Math.max(token.end, i + 1);
      return token;
    }
    this.i = i;
    return null;
  }
}

/** The number read with the second number of its range, if one follows: number [unit] joiner number. */
function withRange(text: string, first: Simple, to: number): NumberToken {
  // (the unit after the first number must equal the final unit or be absent)
  let j = first.end;
  let firstUnit: UnitMatch | null = null;
  const c = text.charCodeAt(j);
  if (c === PERCENT_SIGN || c === PER_MILLE_SIGN) { firstUnit = { unit: text[j], end: j + 1 }; j++; }
  // (1.2万—1.5万人, 80亿—100亿元: a scale written at both ends of a range; the unit after the second holds it)
  else if ((c === WAN || c === YI) && RANGE_JOINERS[text.charCodeAt(j + 1)] === 1 && !first.chinese) {
    const second = readSimple(text, j + 2);
    if (second && !second.chinese && !Number.isNaN(second.value) && second.end <= to && text.charCodeAt(second.end) === c && second.value > first.value) {
      return { ...first, end: second.end, valueMax: second.value };
    }
  }
  else if (joinerWithin(text, j, j + MEASURE_SPAN)) {
    // (2个至3个社区公园: a count range that writes its measure word twice; a measure word, its scale and all, is at most
    // five characters, so without a joiner that near no unit is looked up)
    // (…or an amount written with its unit at both ends, 200亿元至300亿元 — not years, 2021年至2025年, nor times and dates)
    const counted = matchUnit(text, j);
    if (counted && (isMeasureWord(counted.unit) || /^[万亿千百]?(?:元|吨|公里|平方米|平方公里|亩|公顷|千瓦|千瓦时|立方米|人|人次|户|辆|套)$/.test(counted.unit)) &&
      RANGE_JOINERS[text.charCodeAt(counted.end)] === 1) { firstUnit = counted; j = counted.end; }
  }
  // (5%一5.5%: a dash set as the character 一, between two figures)
  // (not a change from one figure to another: 产值从5000亿元到10000亿元, 由10%至15%)
  if ((RANGE_JOINERS[text.charCodeAt(j)] === 1 && !changeFrom(text, first.start, j)) || (text.charCodeAt(j) === ONE_AS_DASH && !first.chinese && isDigitAt(text, j + 1))) {
    const second = readSimple(text, j + 1);
    if (second && !Number.isNaN(second.value) && second.end <= to && second.chinese === first.chinese && second.value > first.value && !/^0\d/.test(first.raw)) {
      const secondUnit = matchUnit(text, second.end);
      if (!firstUnit || (secondUnit && secondUnit.unit === firstUnit.unit)) return { ...first, end: second.end, valueMax: second.value };
    }
  }
  return first;
}

// (从 or 由 at most a few characters before the figure, or with the year it is of: 产值从5000亿元, 由2014年的10% — not 从事,
// 从而, 自由 far before it)
const FROM_WORDS = /(?<![自理缘])[从由](?![事而])(?:(?:19|20)\d\d年(?:底|末)?的?)?(?:[^,，。;；\d]{0,4}|[^,，。;；\d]{0,8}的)$/;
/** Whether text[joinerAt] is 到 or 至 after 从 or 由 in the words before the figure at `start`: where a change starts. */
function changeFrom(text: string, start: number, joinerAt: number): boolean {
  const c = text[joinerAt];
  return (c === "到" || c === "至") && FROM_WORDS.test(text.slice(Math.max(0, start - 12), start));
}
