// What an indicator table's cell says: a value (52000 · 7.5左右 · ≥58 · ≤9% · >60 · <5.5 · [1.3] · 〔15〕 · 3—5 ·
// [累计达到1000] · 五年累计约110 · 重点城市≥30), a text that sets no number (省下达 · —— · 与全市保持同步 ·
// 完成市下达目标), an attribute (约束性 / 预期性) or a unit.
import type { Comparator } from "../../model";
import { matchUnit } from "../../numbers/units";

export interface Cell {
  start: number;
  end: number;
  text: string;
}

export interface CellValue {
  value: number;
  valueMax: number | null;
  comparator: Comparator;
  /** Unit written in the cell after the number (10类以上 → 类), or null. */
  unit: string | null;
  /** Written in [ ] or 〔 〕, or with 累计: a total over the plan period. */
  cumulative: boolean;
  /** A label before the value (重点城市≥30 → 重点城市), or null. */
  label: string | null;
  /** Offset of the number inside the cell text. */
  at: number;
}

const PREFIX: [RegExp, Comparator][] = [
  [/^(不低于|不少于|≥|>=|大于等于)/, ">="], [/^(不超过|不高于|控制在|≤|<=|小于等于)/, "<="], [/^(超过|突破|高于|大于|>)/, ">"],
  [/^(低于|少于|小于|<)/, "<"], [/^(约|左右|近)/, "~"], [/^(力争|达到|稳定在|保持在|保持|稳定|达|提高到|提升到)/, "="],
];

/** A cell holding only the mark of an empty cell: -, ——, －, /. */
export function isEmptyMark(t: string): boolean {
  return /^[-—–－/\\]+$/.test(t.replace(/\s+/g, ""));
}

/** A cell that states no number: 省下达, -, ——, 与全市保持同步, 完成市下达目标, 逐步下降, 持平, /. */
export function isTextCell(t: string): boolean {
  const s = t.replace(/\s+/g, "");
  if (isEmptyMark(s)) return true;
  if (/\d/.test(s) || s.length > 24) return false;
  // (持平, 控制在市下达指标内: a text target in a table of the year's targets; a level named against others, 达到全国平均水平 —
  // not an indicator named 信息化发展水平; a target set at the year's assessment, 年终根据全省平均水平综合考核)
  return /^(国家|省|市|县|区)?(下达|下发)|同步$|^持平$|^控制在.{0,8}(下达|指标|目标|范围)(以?内)?$|^(完成|确保完成|落实).{0,12}(下达|目标|任务|要求)|^(逐步|稳步|持续|进一步)(下降|提高|提升|增长|降低|改善|减少)|^(高于|低于|不低于|不高于|优于|达到|力争达到|保持)(全国|全省|全市|全县|全区|国家|省|市|同期|上年)|(平均|先进|领先|一流|国内|国际|全国|全省|全市|同期|上年|国家|省级|市级|规定)[\u4e00-\u9fff]{0,4}(水平|标准)$|^(年终|年底|年度)?(根据|按照?|依据|参照)[\u4e00-\u9fff]{2,16}(考核|确定|认定|评定)$|^(达到|保持|优于|力争达到)[\u4e00-\u9fff]{0,6}(水平|标准)$|要求$/.test(s);
}

/** 约束性 → true, 预期性 → false, else null. */
export function attributeOf(t: string): boolean | null {
  const s = t.replace(/\s+/g, "");
  if (/^约束性?$/.test(s)) return true;
  if (/^预期性?$/.test(s)) return false;
  return null;
}

/** A cell holding only a unit (亿元, %, 万m³/小时, 人/亿元). */
export function isUnitCell(t: string): boolean {
  const s = t.trim();
  if (s.length === 0 || s.length > 10) return false;
  // (a rate per so many: 孕产妇死亡率 in 1/10万, /10万; years of schooling in 年)
  if (/^(%|‰|个百分点|百分点|年)$/.test(s) || /^1?\/(10+|\d*[万千]|十万)$/.test(s)) return true;
  const u = matchUnit(s, 0);
  return (u !== null && u.end === s.length) || /^万?[a-zA-Z³²]+(\/[\u4e00-\u9fff]+)?$/.test(s) || /^[\u4e00-\u9fff]{1,3}\/[\u4e00-\u9fff]{1,3}$/.test(s) || /^万[\u4e00-\u9fffa-zA-Z³²/]{1,6}$/.test(s);
}

/** A date or a span of months in a cell (2023.07-2024.01, 2025年12月) — not 2023.5, a value that may be one. */
const DATE_CELL = /^(?:19|20)\d\d(?:\.\d{1,2}[-—–~至](?:(?:19|20)\d\d\.)?\d{1,2}|年\d{1,2}月|-\d{1,2}(?:-\d{1,2})?$|\.\d{1,2}\.\d{1,2})/;

/** The value of a cell, or null when it states none. */
export function parseValueCell(cell: string): CellValue | null {
  let t = cell.replace(/\s+/g, "");
  // (2023.07-2024.01, 2025年12月: a date or a span of months — a deadline or a period, no value)
  if (DATE_CELL.test(t)) return null;
  // characters of `t` read so far (t has no spaces; offsetOf maps back into the cell)
  let lead = 0;
  let cumulative = false;
  // (*0.2: a star before the value marks the row's cumulative values, as a note under the table says — 带*号的…为累计数)
  if (t[0] === "*" && /^\*[\d.]/.test(t)) {
    t = t.slice(1);
    lead += 1;
    cumulative = true;
  }
  // [1.3] 〔15〕 [累计达到1000] — a bracket may also open a cell that wraps onto the next line
  const open = /^[[〔【]/.exec(t);
  if (open) {
    t = t.slice(1).replace(/[\]〕】]$/, "");
    lead += 1;
    cumulative = true;
  }
  // 五年累计约110, 累计达到1000, 成片:五年累计约110
  const label0 = /^([\u4e00-\u9fff]{1,6}[::])?(?:[一二三四五六七八九十]年)?累计/.exec(t);
  let label: string | null = null;
  if (label0) {
    if (label0[1]) label = label0[1].slice(0, -1);
    t = t.slice(label0[0].length);
    lead += label0[0].length;
    cumulative = true;
  }
  // 重点城市≥30, 设区市≥25, 国家和省级药品125个: a label before the value
  const labelled = /^([\u4e00-\u9fff]{2,12}?)(?=[≥≤<>]|不低于|不少于|不超过|\d)/.exec(t);
  if (labelled && !/^(力争|达到|稳定在|保持在|保持|稳定|超过|突破|高于|低于|少于|小于|大于|控制在|不低于|不少于|不超过|不高于|提高到|提升到|约|近)$/.test(labelled[1]) && !PREFIX.some(([re]) => re.test(t))) {
    label = labelled[1];
    t = t.slice(labelled[1].length);
    lead += labelled[1].length;
  }
  let comparator: Comparator = "=";
  // (words of a bound may stack: 力争达到3.2, 力争超过50 — the one that bounds sets the comparator)
  for (let stacked = 0; stacked < 3; stacked++) {
    let found = false;
    for (const [re, cmp] of PREFIX) {
      const m = re.exec(t);
      if (!m) continue;
      if (comparator === "=") comparator = cmp;
      t = t.slice(m[0].length);
      lead += m[0].length;
      found = true;
      break;
    }
    if (!found) break;
  }
  const m = /^(-?\d+(?:\.\d+)?)(?:[—–~～-](\d+(?:\.\d+)?))?/.exec(t);
  if (!m) return null;
  const value = Number(m[1]);
  const valueMax = m[2] !== undefined && Number(m[2]) > value ? Number(m[2]) : null;
  let rest = t.slice(m[0].length);
  if (m[2] !== undefined && valueMax === null) return null;
  let unit: string | null = null;
  const u = matchUnit(rest, 0);
  if (u) { unit = u.unit; rest = rest.slice(u.end); } else {
    // a measure word the catalogue lacks: 10类以上
    const w = /^([\u4e00-\u9fff])(?=以上|左右|以内|以下|$)/.exec(rest);
    if (w && !/^(以|左|上|下)$/.test(w[1])) { unit = w[1]; rest = rest.slice(1); }
  }
  const bound = /^(?:(以上|及以上)|(左右|上下)|(以内|以下|内$))/.exec(rest);
  if (bound) {
    comparator = bound[1] ? ">=" : bound[2] ? "~" : "<=";
    rest = rest.slice(bound[0].length);
  }
  // (a note's mark after the value: 5.5＊, 82※, and a note's number after a bound or a unit, 5.5左右1, 6%2)
  if (/^[＊*※]$/.test(rest) || ((bound !== null || unit !== null) && /^[1-9]$/.test(rest))) rest = "";
  // (10410人内: 内 alone closes a ceiling too; 3岁以下婴幼儿托位数(个) is a name with a number inside)
  if (rest.length > 0 && !/^[%)）\]〕]/.test(rest)) return null;
  if (valueMax !== null) comparator = "range";
  // the cell text may have spaces inside (a wrapped PDF cell): the offset counts from the untrimmed cell
  return { value, valueMax, comparator, unit, cumulative, label, at: offsetOf(cell, lead) };
}

/** Offset in `cell` of the `k`-th non-space character. */
function offsetOf(cell: string, k: number): number {
  let seen = 0;
  for (let i = 0; i < cell.length; i++) {
    if (/\s/.test(cell[i])) continue;
    if (seen === k) return i;
    seen++;
  }
  return cell.length;
}

/** A cell that looks like a value or a text value (so not an indicator name). */
/** A target set at the year's assessment (年终按财政部认可警戒线比较考核): a text value of any length. */
const ASSESSED_LATER = /(考核|确定|认定|评定)$/;

export function isValueLike(t: string): boolean {
  const s = t.trim();
  if (s.length === 0) return false;
  if (parseValueCell(s) !== null || attributeOf(s) !== null) return true;
  if (/^[-—–/\\]+$/.test(s)) return true;
  return (s.length <= 14 || ASSESSED_LATER.test(s)) && isTextCell(s) && !/[()（）]/.test(s);
}

/** Cells of a "| a | b |" or tab-separated row, with clean-text offsets. */
export function rowCells(text: string, start: number, end: number): Cell[] {
  const line = text.slice(start, end);
  const sep = line.includes("|") ? "|" : "\t";
  const out: Cell[] = [];
  let pos = 0;
  for (const part of line.split(sep)) {
    const lead = part.length - part.trimStart().length;
    const t = part.trim();
    if (t) out.push({ start: start + pos + lead, end: start + pos + lead + t.length, text: t });
    else out.push({ start: start + pos, end: start + pos, text: "" });
    pos += part.length + 1;
  }
  if (sep === "|") {
    // drop the empty cells outside the outer bars
    if (out.length && out[0].text === "" && line.trimStart().startsWith("|")) out.shift();
    if (out.length && out[out.length - 1].text === "" && line.trimEnd().endsWith("|")) out.pop();
  }
  return out;
}

/** The first part of a name cut at the line's end: eight or more characters of words, a bracket opened but not closed. */
export const NAME_CUT_AT_LINE_END = /^[\u4e00-\u9fff“”"（(A-Za-z0-9.]{8,}$/;

/**
 * How many cells from cells[i] on hold one Han character each: a column so narrow that its cell (a category merged down
 * over many rows, 园区化推进) is written one character per line.
 */
export function charRunAt(cells: Cell[], i: number): number {
  let n = 0;
  while (i + n < cells.length && /^[\u4e00-\u9fff]$/.test(cells[i + n].text.trim())) n++;
  return n;
}
