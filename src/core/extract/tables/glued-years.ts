// Indicator tables whose cells ran together, with no serial numbers to part the rows:
//   指 标2016年2020年基本公共教育九年义务教育巩固率(%)97.5>98义务教育基本均衡乡镇的比例(%)100100…
//   指标预期值2016年2017年2018年…再生水回用率30%40%55%农田灌溉水有效利用系数0.720.750.78…
// The header is the indicator's word and two or more year columns. A row is a name — ending in its unit in brackets
// or running up to its first number — and a run of values cut into one cell per year column (split.ts). A row whose
// values do not fill the columns (低于全区平均值的50%或年降低率5%) gives nothing; a text cell closing a row
// (3.03低于全国平均值) fills its column with no value.
import { isUnitCell, type Cell } from "./cells";
import { columnPlan, type GluedTable } from "./glued";
import { columnOf, resolveYears, settle, type Column } from "./header";
import { splitTail } from "./split";
import { readTable, type Row } from "./table";

/** The header: the indicator's word, a word for the values, then two to six years run together. */
const HEADER = /指\s?标(?:名称)?(?:预期值|目标值)?((?:(?:19|20)\d\d年(?:目标值?|预期值)?){2,6})/g;
const YEAR = /(?:19|20)\d\d年(?:目标值?|预期值)?/g;
/** What may open a run of values: a digit, a comparator, a bracket of a cumulative value, the star marking one. */
const VALUE_OPENS = /[\d>≥<≤[〔*]/;
const VALUE_CHAR = /[\d.%‰>≥<≤~\-—[\]〔〕]/;
/** A text cell closing a row: a comparison with a reference level (低于全国平均值, 不超自治区年度下达指标). */
const TEXT_CELL = /^(?:低于|高于|不低于|不高于|优于|不超过?|达到|保持|与)[\u4e00-\u9fff]{0,8}?(?:平均值|平均水平|水平|标准|指标|同步|要求)/;
/** Where the table ends: the end of a sentence, a note under it, a heading of the text after it. */
const TABLE_ENDS = /[。;:]|注[:：]|[一二三四五六七八九十]、/;

/** Whether a line may hold such a table (a cheap look before the pattern). */
export function mayHoldGluedYears(line: string): boolean {
  return line.includes("标") && /指\s?标(?:名称)?(?:预期值|目标值)?(?:19|20)\d\d年(?:目标值?|预期值)?(?:19|20)\d\d年/.test(line);
}

/** The name of the row starting at `p`: up to its unit in brackets or its first number, or null where the table ends. */
function rowName(text: string, p: number, to: number): { end: number; unit: Cell | null } | null {
  let q = p;
  let cjk = 0;
  while (q < to && q - p < 90) {
    const c = text[q];
    if (c === "(" || c === "（") {
      const close = text.slice(q, Math.min(to, q + 14)).search(/[)）]/);
      if (close < 0) return null;
      const inner = text.slice(q + 1, q + close);
      q += close + 1;
      // (…比例(%)97.5: a unit in brackets closes the name when values follow)
      if (VALUE_OPENS.test(text[q] ?? "") && isUnitCell(inner)) return { end: q, unit: { start: q - close, end: q - 1, text: inner } };
      continue;
    }
    if (VALUE_OPENS.test(c) && cjk >= 2 && !/^\d+(?:岁|周岁)/.test(text.slice(q, q + 4))) return { end: q, unit: null };
    if (TABLE_ENDS.test(text.slice(q, q + 2))) return null;
    if (/[\u4e00-\u9fff]/.test(c)) cjk++;
    q++;
  }
  return null;
}

/** Run-together tables of year columns with no serial numbers inside text[from, to). */
export function gluedYearTables(text: string, from: number, to: number, title: (at: number) => string | null, docYear: number | null, horizon: number | null): GluedTable[] {
  const out: GluedTable[] = [];
  const slice = text.slice(from, to);
  HEADER.lastIndex = 0;
  for (let h = HEADER.exec(slice); h; h = HEADER.exec(slice)) {
    const at = from + h.index;
    const columns: Column[] = [columnOf("指标")!];
    for (const y of h[1].matchAll(YEAR)) {
      const c = columnOf(y[0]);
      if (c) columns.push(c);
    }
    const header = settle(columns, 0);
    if (!header) continue;
    resolveYears(header.columns, docYear, horizon);
    const valueColumns = header.columns.map((_, k) => k).slice(1);
    const plan = columnPlan(header.columns, valueColumns);
    const rows: Row[] = [];
    let p = at + h[0].length;
    let misses = 0;
    while (p < to && misses <= 3) {
      const name = rowName(text, p, to);
      if (!name) break;
      // the run of values, a star marking a cumulative row before it, and a text cell closing it
      let s = name.end;
      const starred = text[s] === "*";
      if (starred) s++;
      let e = s;
      // (a run longer than its cells could be is no row: its cuts are not tried)
      while (e < to && e - s <= 16 * plan.count && VALUE_CHAR.test(text[e])) e++;
      // (a run of years is another header or a date, no row: the table ends)
      if (text[e] === "年") break;
      const cell = TEXT_CELL.exec(text.slice(e, Math.min(to, e + 20)));
      const end = cell ? e + cell[0].length : e;
      const cells = e > s && e - s <= 16 * plan.count ? splitTail(text.slice(s, end), plan.count, plan) : null;
      if (cells === null || cells.every((c) => c.value === null)) {
        misses++;
        p = end > name.end ? end : name.end + 1;
        continue;
      }
      misses = 0;
      const values = new Map<number, Cell[]>();
      cells.forEach((c, k) => {
        // (the star before a row's run marks each of its values: the cell is read with it, from the character before)
        if (c.value !== null) values.set(plan.valueColumns[k], [{ start: s + c.start - (starred ? 1 : 0), end: s + c.end, text: (starred ? "*" : "") + text.slice(s + c.start, s + c.end) }]);
      });
      rows.push({ name: { start: p, end: name.unit ? name.unit.start - 1 : name.end, text: text.slice(p, name.unit ? name.unit.start - 1 : name.end) }, unit: name.unit, attribute: null, values, responsible: [] });
      p = end;
    }
    if (rows.length < 2) continue;
    out.push({ start: at, end: p, reading: readTable({ columns: header.columns, rows, title: title(at) }, horizon) });
    HEADER.lastIndex = p - from;
  }
  return out;
}
