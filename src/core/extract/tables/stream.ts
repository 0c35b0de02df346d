// A table given as a stream of cells — one cell per line, with or without blank lines between them — read into
// rows. Rows start at their serial number (1, 2, 3 …, or 1 again for a new part) when the table has a 序号 column,
// else at a name cell followed by values. Within a row the indicator is the last name cell before the values
// (category cells, split over lines, come first); the other cells follow the header's columns, with the unit,
// attribute and responsible-unit cells recognised by what they say.
import { ORG_SUFFIX, TOTAL_WORDS } from "../phrase/lexicon";
import { attributeOf, charRunAt, isUnitCell, isValueLike, NAME_CUT_AT_LINE_END, parseValueCell, type Cell } from "./cells";
import { readHeader, resolveYears, type Column } from "./header";
import type { Row, Table } from "./table";
import { tieredHeader } from "./tiers";
import { isHan } from "../../text/segment";

/** A part's label inside a table (一、发展水平, (二)优质资源): short, no number, a row of its own. */
export const PART_LABEL = /^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])[^\d。,，;；:：]{1,16}$/;

/** A part's label with the table going on after it, not a heading after the table. */
function isPartLabel(cells: Cell[], j: number): boolean {
  return PART_LABEL.test(cells[j].text.trim()) && j + 1 < cells.length && !isProse(cells[j + 1].text);
}

/** Prose again (a sentence, a heading): the table is over. */
export function isProse(t: string): boolean {
  return t.length > 60 || /。/.test(t) || /^[一二三四五六七八九十]{1,3}、/.test(t) || /^[(（][一二三四五六七八九十]{1,3}[)）]/.test(t) || /^(注|备注|说明|资料来源)\s*[::]/.test(t);
}

const isSerial = (t: string, n: number): boolean => {
  const k = t.trim();
  return k === String(n) || k === `${n}.` || k === `${n}、`;
};
const isOrg = (t: string): boolean => t.length <= 40 && ORG_SUFFIX.test(t.trim()) && !/\d/.test(t);
/** Whether a cell is no name, for the cells asked about (finding a row's end asks of each cell many times: read once). */
const NOT_NAME = new WeakMap<Cell, boolean>();
/** A cell that is no name: a value, a text value, a unit, an attribute. */
function notName(c: Cell): boolean {
  let known = NOT_NAME.get(c);
  if (known === undefined) {
    known = isValueLike(c.text) || isUnitCell(c.text) || attributeOf(c.text) !== null;
    NOT_NAME.set(c, known);
  }
  return known;
}

const MAX_ROW = 24;
/** The name of a table's total row. */
const TOTAL = new RegExp(`^(${TOTAL_WORDS})$`);

/** The table whose header starts at cells[i], read to its last row; null when no header starts there. */
export function readCellStream(cells: Cell[], i: number, title: string | null, docYear: number | null, horizon: number | null): { table: Table; next: number } | null {
  // (or a header of two tiers, measures over the target each column holds: 合同外资(万美元) | … over 本年任务 | …)
  const header = readHeader(cells, i) ?? tieredHeader(cells, i);
  if (!header) return null;
  const columns = header.columns;
  resolveYears(columns, docYear, horizon);
  const ind = columns.findIndex((c) => c.role === "indicator");
  const serial = columns.slice(0, ind).some((c) => c.role === "serial");
  const responsibleColumn = columns.some((c) => c.role === "responsible");
  const rows: Row[] = [];
  let j = header.next;
  let expected = 1;
  while (j < cells.length && (!isProse(cells[j].text) || isPartLabel(cells, j))) {
    if (isPartLabel(cells, j)) { j++; continue; }
    let start: number;
    // a category column merged down over the rows it groups and written one character per line (园 | 区 | 化 | 推 | 进)
    // stands before its first row: no cell of any row
    const run = serial ? charRunAt(cells, j) : 0;
    if (run >= 2 && j + run < cells.length && (isSerial(cells[j + run].text, expected) || isSerial(cells[j + run].text, 1))) { j += run; continue; }
    if (serial) {
      // the next row's serial: the one expected, or 1 for a new part of the table (托育方面 1 …)
      let k = j;
      // a total row has no serial (合计 341 158 83 100): it is read as a row of its own
      if (TOTAL.test(cells[j].text.trim()) && j + 1 < cells.length && notName(cells[j + 1])) {
        let e = j + 1;
        while (e < cells.length && e - j < columns.length - ind && notName(cells[e])) e++;
        rows.push(...rowsOf(cells.slice(j, e), columns, ind));
        j = e;
        continue;
      }
      const serialAt = (x: number): boolean => (isSerial(cells[x].text, expected) || (expected > 2 && isSerial(cells[x].text, 1))) && x + 1 < cells.length && !notName(cells[x + 1]);
      while (k < cells.length && k - j <= 4 && !isProse(cells[k].text) && !serialAt(k)) k++;
      if (k >= cells.length || k - j > 4 || isProse(cells[k].text)) break;
      expected = Number(cells[k].text.trim().replace(/[.、]$/, "")) + 1;
      start = k + 1;
      let e = start;
      // 1 opens a new part only after a part's label (托育方面 1 …) or a full row; else it is a value (丽水 11 9 1 1 合计)
      const restarts = (x: number): boolean => isSerial(cells[x].text, 1) && (!notName(cells[x - 1]) || x - start >= columns.length - ind);
      const opensRow = (x: number): boolean => (isSerial(cells[x].text, expected) || restarts(x)) && x + 1 < cells.length && !notName(cells[x + 1]) && x > start + 1;
      // (a cell that reads as the next number inside the row's width, with the number itself further on where the row
      // is full, is a value: 信息化发展水平 | % | 92 | 90 | 3 (权重) | 经信 | 3 | …)
      // (a text cell wrapped over lines, 完成启 | 动准备, takes more cells than its column)
      const full = start + columns.length - ind + wrappedLines(cells, start);
      const laterOpens = (x: number): boolean => { for (let y = x + 1; y <= full && y < cells.length; y++) if (opensRow(y)) return true; return false; };
      // (…and the next category's characters before the next row's number end this row)
      const categoryNext = (x: number): boolean => { const r = charRunAt(cells, x); return r >= 2 && x + r < cells.length && opensRow(x + r); };
      while (e < cells.length && e - start < MAX_ROW && !isProse(cells[e].text) && !(TOTAL.test(cells[e].text.trim()) && e > start + 1) && !categoryNext(e) &&
        !(opensRow(e) && !(e < full && laterOpens(e)))) e++;
      for (const group of namedGroups(cells.slice(start, e))) rows.push(...rowsOf(group, columns, ind).map((row) => ({ ...row, serial: cells[k] })));
      j = e;
    } else {
      // name cells, then values, up to the next name cell after a value
      start = j;
      let e = j;
      let seenValue = false;
      while (e < cells.length && e - start < MAX_ROW && !isProse(cells[e].text)) {
        // a unit's name after the values (市教育局) belongs to the row only where the table has a column for it:
        // else 新建学校 is the next row's indicator
        const value = notName(cells[e]) || (seenValue && responsibleColumn && isOrg(cells[e].text));
        if (!value && seenValue) break;
        if (value) seenValue = true;
        e++;
      }
      if (!seenValue) break;
      rows.push(...rowsOf(cells.slice(start, e), columns, ind));
      j = e;
    }
  }
  return rows.length ? { table: { columns, rows, title }, next: j } : null;
}

/**
 * The rows one serial number holds: a name after the values of the row before it opens a row of its own (11 | 居民收入水平 |
 * 城镇居民人均可支配收入 | 75000 | 70000 | 6 | 调查总队 | 农村居民人均纯收入 | 38000 | 32000: two indicators under one
 * number), when values follow it.
 */
function namedGroups(cells: Cell[]): Cell[][] {
  const out: Cell[][] = [];
  let from = 0;
  for (let i = 1; i < cells.length; i++) {
    if (notName(cells[i]) || !notName(cells[i - 1])) continue;
    // (a name closing the row, with no value after it, stays: a responsible unit, a remark)
    let j = i + 1;
    while (j < cells.length && !notName(cells[j])) j++;
    // (…and so does a unit's name right before a score: 市统计局 | 3 under 牵头单位 | 分值)
    if (j === i + 1 && isOrg(cells[i].text)) continue;
    if (j >= cells.length || !cells.slice(j).some((c) => isValueLike(c.text) && parseValueCell(c.text) !== null)) continue;
    // (the first row needs a value of its own)
    if (!cells.slice(from, i).some((c) => parseValueCell(c.text) !== null)) continue;
    out.push(cells.slice(from, i));
    from = i;
  }
  out.push(cells.slice(from));
  return out;
}

/** Joins name cells split inside a bracket (江北主城区(上城区、 | 西湖区…部分)). */
function joinSplitNames(names: Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const c of names) {
    const last = out[out.length - 1];
    const open = last ? (last.text.match(/[(（]/g)?.length ?? 0) - (last.text.match(/[)）]/g)?.length ?? 0) : 0;
    if (last && open > 0) out[out.length - 1] = { start: last.start, end: c.end, text: last.text + c.text };
    else out.push(c);
  }
  return out;
}

/**
 * Joins a name wrapped onto a second cell (数字经济核心产业增加值占地区生 | 产总值比重(%)): one name cell more than the row
 * has columns for names, the first part a long run that stops short of its unit, and no text column after the indicator
 * to take it (a part's label, 经济发展, is short and is no first part).
 */
function joinWrappedName(names: Cell[], columns: Column[], ind: number): Cell[] {
  const slots = columns.slice(0, ind).filter((c) => c.role === "category").length + 1;
  if (names.length !== slots + 1 || columns[ind + 1]?.role === "other") return names;
  const [first, second] = names.slice(-2);
  // (农场机关 | (含服务大厅): a bracket closing the name on a line of its own)
  if (/^[(（][^()（）]{1,12}[)）]$/.test(second.text.trim()) && isHan(first.text.trim().slice(-1).charCodeAt(0))) return [...names.slice(0, -2), { start: first.start, end: second.end, text: first.text.trim() + second.text.trim() }];
  // (a name's first part is words cut at the line's end, no list of units, 市经济信息委、市商务委, nor a ratio of values)
  if (!NAME_CUT_AT_LINE_END.test(first.text.trim()) || !isHan(first.text.trim().slice(-1).charCodeAt(0))) return names;
  if (!isHan(second.text.trim().charCodeAt(0)) || SUB_ROW.test(second.text.trim()) || isOrg(first.text)) return names;
  return [...names.slice(0, -2), { start: first.start, end: second.end, text: first.text.trim() + second.text.trim() }];
}

const SUB_ROW = /^其中\s*[:：]?\s*/;

/** How many lines more than cells the text cells after the name at cells[start] take (完成启 | 动准备: one). */
function wrappedLines(cells: Cell[], start: number): number {
  if (start >= cells.length || !closesWithUnit(cells[start].text)) return 0;
  let n = 0;
  while (start + 1 + n < cells.length && TEXT_PIECE.test(cells[start + 1 + n].text.trim()) && !notName(cells[start + 1 + n])) n++;
  return Math.max(0, n - 1);
}

/** Whether a unit in brackets closes an indicator's name (累计…主体(个)). */
function closesWithUnit(t: string): boolean {
  const m = /[(（]([^()（）]{1,6})[)）]$/.exec(t.trim());
  return m !== null && isUnitCell(m[1]);
}

/** A short run of words, no number nor bracket: a text cell, or one line of it (完成启 | 动准备). */
const TEXT_PIECE = /^[\u4e00-\u9fff]{1,8}$/;

/**
 * Text cells in the value columns before a row's first value, read as names: after a name closed by its unit in brackets
 * (累计…主体(个)), which ends the indicator, short words (完成启 | 动准备, under 2021年目标 | 2022年目标 | 2023年目标 beside
 * 2 | 5) are what the first value columns hold. Each is a cell of its own where the columns have room for each; else they
 * are one cell a narrow column wrapped over lines, joined. The names unchanged where there is no such run.
 */
function textValuesAfterName(names: Cell[], rest: Cell[], columns: Column[], ind: number): { names: Cell[]; values: Cell[] } {
  const none = { names, values: [] };
  const u = names.findIndex((c) => closesWithUnit(c.text));
  if (u < 0 || u === names.length - 1) return none;
  const pieces = names.slice(u + 1);
  if (!pieces.every((c) => TEXT_PIECE.test(c.text.trim()) && !isOrg(c.text))) return none;
  // (the columns right after the indicator hold values, not a text column of their own: 主要内容, 备注)
  const after = columns.slice(ind + 1).filter((c) => c.role !== "unit" && c.role !== "attribute" && c.role !== "responsible");
  if (after.length === 0 || !["target", "base", "year", "growth"].includes(after[0].role)) return none;
  const room = after.length - rest.filter((c) => isValueLike(c.text)).length;
  if (room <= 0) return none;
  if (room >= pieces.length) return { names: names.slice(0, u + 1), values: pieces };
  if (room > 1) return none;
  const [first, last] = [pieces[0], pieces[pieces.length - 1]];
  return { names: names.slice(0, u + 1), values: [{ start: first.start, end: last.end, text: pieces.map((c) => c.text.trim()).join("") }] };
}

/**
 * The rows of one row's cells: one, or a row and the sub-rows a 其中 cell names when a table cell held several lines
 * (义务教育标准班额比例 | 其中:小学 | 初中 | 34.52% | 77.34% | 80% | 85%: each column lists one value per sub-row).
 */
export function rowsOf(cells: Cell[], columns: Column[], ind: number): Row[] {
  let f = 0;
  while (f < cells.length && !notName(cells[f])) f++;
  const after = cells.slice(f);
  const texts = textValuesAfterName(joinSplitNames(cells.slice(0, f)), after, columns, ind);
  const names = joinWrappedName(texts.names, columns, ind);
  if (names.length === 0) return [];
  const rest = [...texts.values, ...after];
  const split = subRows(names, rest, columns, ind);
  if (split) return split;
  const row = oneRow(rest, names, columns, ind);
  return row ? [row] : [];
}

/** Sub-rows under 其中, when the values divide evenly among them column by column; else null. */
function subRows(names: Cell[], rest: Cell[], columns: Column[], ind: number): Row[] | null {
  const q = names.findIndex((c) => SUB_ROW.test(c.text.trim()));
  if (q <= 0) return null;
  const values = rest.filter((c) => attributeOf(c.text) === null && !isUnitCell(c.text) && !isOrg(c.text));
  const valueSet = new Set(values);
  const others = rest.filter((c) => !valueSet.has(c));
  const m = columns.slice(ind + 1).filter((c) => c.role !== "unit" && c.role !== "attribute" && c.role !== "responsible").length;
  if (m === 0 || values.length <= m || values.length % m !== 0) return null;
  const r = values.length / m;
  // the sub-rows alone (其中:小学 | 初中), or the row itself and its sub-rows (专科及以上学历比例 | 其中:本科及以上…)
  const alone = names.length - q === r;
  if (!alone && names.length - q + 1 !== r) return null;
  const main = names[q - 1];
  const mainName = main.text.replace(/\s+/g, "").replace(/[(（][^()（）]*[)）]$/, "");
  const unit = /[(（]([^()（）]*)[)）]$/.exec(main.text.trim())?.[0] ?? "";
  return names.slice(names.length - r).map((name, i) => {
    const sub = name.text.trim().replace(SUB_ROW, "");
    const own = name === main ? null : `${mainName}(${alone ? "" : "其中"}${sub.replace(/[(（][^()（）]*[)）]$/, "")})${unit}`;
    const cellsOfRow = values.filter((_, k) => k % r === i);
    const row = oneRow([...others, ...cellsOfRow], [name], columns, ind);
    return row && own ? { ...row, nameText: own } : row;
  }).filter((row): row is Row => row !== null);
}

/** A text column's header that holds numbers, not names: scores, weights, rates done. */
const NUMBERS_COLUMN = /^(分值|权重|分数|完成率|完成比例)$/;

/** An indicator named as a change (…增长(%), …降低(%)): its value is a rate of change. */
const NAMES_CHANGE = /(?:增长|增速|增幅|降低|下降|减少)(?:率)?(?:[(（][^()（）]*[)）])?$/;

/** The row of name cells `names` and the cells after them, `rest`, under `columns`. */
function oneRow(rest: Cell[], names: Cell[], columns: Column[], ind: number): Row | null {
  const after = columns.map((c, k) => ({ c, k })).slice(ind + 1);
  // text columns right after the indicator (城市类型, 主要河流) hold the extra name cells
  let extra = 0;
  // (not a column of scores or rates, 分值 | 权重 | 完成率: its cells are numbers; a category cell before the name is no text
  // of it — 宏观调控 | 全社会固定资产投资额 | 3 | 186 under 项目 | 分值 | 目标任务)
  while (extra < after.length && after[extra].c.role === "other" && !NUMBERS_COLUMN.test(after[extra].c.text.trim()) && extra < names.length - 1) extra++;
  const name = names[names.length - 1 - extra];
  const values = new Map<number, Cell[]>();
  let unit: Cell | null = null;
  let attribute: Cell | null = null;
  const responsible: string[] = [];
  const valueCells: Cell[] = [];
  for (const c of rest) {
    if (attributeOf(c.text) !== null) attribute ??= c;
    else if (!unit && isUnitCell(c.text) && parseValueCell(c.text) === null && valueCells.length === 0) unit = c;
    else if (isOrg(c.text)) responsible.push(c.text.trim());
    else valueCells.push(c);
  }
  const valueColumns = after.slice(extra).filter(({ c }) => c.role !== "unit" && c.role !== "attribute" && c.role !== "responsible");
  // (a row that names a change and lost its empty cells, 规模以上工业增加值增长(%) | 6.5 under 2025年 | 2030年 | 年均增长:
  // its one value is the growth)
  // (only a plan's average growth, 年均增长: beside a year's progress a growth column is what was achieved)
  const g = valueColumns.findIndex(({ c }) => c.role === "growth" && /(年均|平均)/.test(c.text));
  const toGrowth = valueCells.length === 1 && valueColumns.length > 1 && g > 0 && NAMES_CHANGE.test(name.text.trim());
  spread(valueCells, (toGrowth ? [valueColumns[g]] : valueColumns).map(({ k }) => k), values);
  return { name, unit, attribute, values, responsible };
}

/**
 * Value cells to columns in order. More cells than columns happens when a cell holds several labelled values
 * (设区市≥25 | 县级市≥20 under one column): labelled values are shared out evenly, a plain cell takes a column alone.
 */
function spread(cells: Cell[], columnIndexes: number[], out: Map<number, Cell[]>): void {
  const n = cells.length;
  const m = columnIndexes.length;
  if (m === 0) return;
  if (n <= m) {
    cells.forEach((c, i) => out.set(columnIndexes[i], [c]));
    return;
  }
  const labelled = cells.map((c) => parseValueCell(c.text)?.label != null);
  let i = 0;
  for (let col = 0; col < m; col++) {
    const left = m - col;
    if (left === 1) { out.set(columnIndexes[col], cells.slice(i)); break; }
    // a run of labelled cells shared with the columns after it
    let take = 1;
    if (labelled[i]) {
      let run = 0;
      while (i + run < n && labelled[i + run]) run++;
      take = Math.max(1, Math.floor(run / Math.min(left, run)));
      if (run === n - i && run % left === 0) take = run / left;
    }
    out.set(columnIndexes[col], cells.slice(i, i + take));
    i += take;
  }
}
