// Finds indicator tables in the line stream, in any text form: "| a | b |" or tab-separated rows, rows whose cells
// are separated by spaces (PDF text), or one cell per line with or without blank lines between the cells.
import { codeTable, indexOfCode } from "../../text/code-units";
import { isNavLine } from "../../text/debris";
import type { Span } from "../../text/segment";
import { attributeOf, isEmptyMark, isUnitCell, NAME_CUT_AT_LINE_END, parseValueCell, rowCells, type Cell } from "./cells";
import { columnOf, headerUnit, readHeader, resolveYears, SECOND_TIER_VALUE, type Column, type Header } from "./header";
import { withoutBracketedTail } from "../phrase/lexicon";
import { laidTable } from "./layout";
import { serialRowsAt } from "./serial-rows";
import { PART_LABEL, readCellStream } from "./stream";
import { readTable, type Row, type TableReading } from "./table";
import { progressHeader, tieredHeader } from "./tiers";
import { sidewaysTableAt } from "./transposed";

export interface TableFound {
  reading: TableReading;
  /** Index of the table's last line. */
  lastLine: number;
}

export interface TableContext {
  docYear: number | null;
  horizon: number | null;
}

/** Whether `t` holds at least two tabs (three tab-separated cells), without splitting it. */
function hasTwoTabs(t: string): boolean {
  const k = t.indexOf("\t");
  return k >= 0 && t.indexOf("\t", k + 1) >= 0;
}

// (a row may leave out its leading bar: 1.增加值 | 6%以上 | 16.7% |)
// (most lines hold no bar: the test for one spares both patterns a scan of the line)
export const isRowLine = (t: string): boolean => (t.includes("|") && (/^\|.*\|/.test(t) || /^[^|]+\|[^|]*\|/.test(t))) || hasTwoTabs(t);

/** The code units \s matches (ECMAScript's white space and line terminators). */
const SPACE_UNITS = codeTable([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff], [[0x2000, 0x200a]]);
/** Whether `t` holds a character \s matches (the regex engine's \S\s… patterns test each character against the class's
 * ranges, several times slower, and most lines hold no space). */
const hasSpace = (t: string): boolean => indexOfCode(t, SPACE_UNITS) >= 0;

/** A cell holding only the bound of the value below it (控制在 / 10410人内). */
const BOUND_ONLY = /^(控制在|不低于|不少于|不超过|不高于|达到|提升|提高|力争|确保|保持在|稳定在)$/;
/** A cell holding only the unit of the value above it (提升4个 / 百分点). */
const UNIT_ONLY = /^(个百分点|百分点)$/;

/**
 * Cells of one value wrapped over two lines, joined (控制在 + 10410人内, 提升4个 + 百分点): a narrow column breaks its
 * cells where a bound or a unit ends.
 */
function joinWrappedValues<T extends Cell>(text: string, cells: T[]): T[] {
  const out: T[] = [];
  // (the joined cell keeps the line break between its parts, so offsets into it stay offsets into the text)
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k];
    const next = cells[k + 1];
    if (next && BOUND_ONLY.test(c.text) && /^\d/.test(next.text)) {
      out.push({ ...next, start: c.start, text: text.slice(c.start, next.end) });
      k++;
    } else if (out.length && UNIT_ONLY.test(c.text) && /\d个?$/.test(out[out.length - 1].text)) {
      const prev = out[out.length - 1];
      out[out.length - 1] = { ...prev, end: c.end, text: text.slice(prev.start, c.end) };
    } else out.push(c);
  }
  return out;
}

/** A cell's text without the bar a broken table row left beside it (数字经济重点企业 | → 数字经济重点企业). */
function withoutBars(t: string): string {
  return t.includes("|") ? t.replace(/^\|\s*/, "").replace(/\s*\|$/, "").trim() : t;
}

/**
 * The line before `li` that is not blank: a table's title (表3 …主要指标) — over a note in brackets alone on its line
 * ((八月), (单位:亩)), which says when or in what the table counts.
 */
function titleBefore(text: string, lines: Span[], li: number): string | null {
  // (…and over a note of its unit, 金额单位:万美元, which names no subject)
  const line = lineBefore(text, lines, li, (x) => /^[(（][^()（）]{1,16}[)）]$/.test(x) || UNIT_NOTE.test(x));
  // (…the note may close the title's line, the two run together: …分解表金额单位:万美元)
  const t = line?.replace(UNIT_NOTE_AFTER_TITLE, "$1") ?? null;
  return t !== null && t.length <= 60 ? t : null;
}

/** The line before `li` that is not blank, whatever its length (at most its last 300 characters). */
function leadBefore(text: string, lines: Span[], li: number): string | null {
  return lineBefore(text, lines, li)?.slice(-300) ?? null;
}

/** The nearest of the four lines before `li` that holds anything and is not `skipped`, trimmed. */
function lineBefore(text: string, lines: Span[], li: number, skipped: (t: string) => boolean = () => false): string | null {
  for (let k = li - 1; k >= 0 && k >= li - 4; k--) {
    const t = text.slice(lines[k].start, lines[k].end).trim();
    if (t && !skipped(t)) return t;
  }
  return null;
}

/**
 * The line after the run of table rows (bars or tabs) that starts at `li`, or `li` when none starts there: a run that
 * gave no table need not be read again from each of its lines (that would be quadratic in the run's length).
 */
export function rowRunEnd(text: string, lines: Span[], li: number): number {
  const run = rowRun(text, lines, li);
  return run.length ? run[run.length - 1] + 1 : li;
}

/** How many cells a bar or tab row has. */
const width = (t: string): number => (t.includes("|") ? t.replace(/^\|/, "").replace(/\|$/, "").split("|").length : t.split("\t").length);

/** A part's label standing alone between rows (一、经济发展, 民生福祉): a tab row whose other cells were empty. */
const isPartLine = (t: string): boolean => t.length <= 16 && (PART_LABEL.test(t) || /^[\u4e00-\u9fff、]{2,10}$/.test(t));

/**
 * The lines of the run of table rows (bars or tabs) that starts at `li`. Blank lines and a part's label may stand
 * between rows (a web page puts each row in a paragraph), when a row follows them.
 */
function rowRun(text: string, lines: Span[], li: number): number[] {
  // (a lone bar between rows is what is left of an empty row: 1 | … | / | / 2 | … |)
  const line = (k: number): string => {
    const t = text.slice(lines[k].start, lines[k].end).trim();
    return t === "|" ? "" : t;
  };
  // (a tab row's empty last cells are tabs that trimming drops: 绝对值\t增幅\t\t is a row of four cells)
  const isRow = (k: number, t: string): boolean => isRowLine(t) || (t !== "" && hasTwoTabs(text.slice(lines[k].start, lines[k].end)));
  const out: number[] = [];
  for (let k = li; k < lines.length; k++) {
    const t = line(k);
    if (isRow(k, t)) { out.push(k); continue; }
    if (out.length === 0 || !(t === "" || isPartLine(withoutBars(t)))) break;
    let n = k + 1;
    while (n < lines.length && n - k < 8 && (line(n) === "" || isPartLine(withoutBars(line(n))))) n++;
    if (n >= lines.length || !isRow(n, line(n))) break;
    // (a bare label, 民生福祉, joins rows of one width only: 注释 between two tables of other widths ends the first)
    const bare = [t, ...Array.from({ length: n - k - 1 }, (_, d) => line(k + 1 + d))].some((x) => x !== "" && !PART_LABEL.test(withoutBars(x)));
    if (bare && width(line(n)) !== width(line(out[out.length - 1]))) break;
    k = n - 1;
  }
  return out;
}

/**
 * The table starting at line `li`, if any. A run of pipe rows without an indicator header (page metadata) is
 * returned with no targets so the caller skips it.
 */
export function tableAt(text: string, lines: Span[], li: number, trimmed: string, ctx: TableContext): TableFound | null {
  // (a table on its side: its header runs down the first column)
  const side = trimmed.includes("|") ? sidewaysTableAt(text, lines, li) : null;
  if (side) {
    const reading = readRows(side.rows, titleBefore(text, lines, li), ctx);
    if (reading.candidates.length) return { reading, lastLine: side.lastLine };
  }
  // (most lines hold no bar: the test for one spares both patterns a scan of the line)
  if ((trimmed.includes("|") && (/^\|.*\|.*\|/.test(trimmed) || /^[^|]+\|[^|]*\|/.test(trimmed))) || hasTwoTabs(trimmed)) {
    const run = rowRun(text, lines, li);
    const rows = run.map((k) => rowCells(text, lines[k].start, lines[k].end));
    const reading = readRows(rows, titleBefore(text, lines, li), ctx, leadBefore(text, lines, li));
    if (reading.candidates.length || trimmed.startsWith("|")) return { reading, lastLine: run[run.length - 1] };
    return null;
  }
  const spaced = laidOutTable(text, lines, li, trimmed, ctx) ?? spacedTable(text, lines, li, trimmed, ctx);
  if (spaced) return spaced;
  const serial = /^1\s/.test(trimmed) ? serialRowsAt(text, lines, li, ctx.docYear, ctx.horizon) : null;
  if (serial) return serial;
  const first = columnOf(withoutBars(trimmed));
  // (…or 单位, the bodies a task is shared out to: 单位 | 献血任务数, settled by the header; or 考核单位 over the measures
  // a breakdown shares out to them)
  if (!first || (first.role !== "category" && first.role !== "serial" && first.role !== "indicator" && first.role !== "responsible" &&
    !(first.role === "unit" && first.text.replace(/\s+/g, "") === "单位"))) return null;
  const cells: (Cell & { line: number })[] = [];
  for (let k = li; k < lines.length && cells.length < 4000; k++) {
    // (a table's row broken into one cell per line keeps the bar after each cell: 类别 | / 主要指标 | / …)
    const t = withoutBars(text.slice(lines[k].start, lines[k].end).trim());
    if (!t || isNavLine(t)) continue;
    const off = lines[k].start + text.slice(lines[k].start, lines[k].end).indexOf(t);
    cells.push({ start: off, end: off + t.length, text: t, line: k });
    if (t.length > 60 || t.includes("。")) break;
    // the header needs at most a couple of dozen cells: give up early when there is none (linear on any input)
    if (cells.length === 20 && !readHeader(cells, 0) && !tieredHeader(cells, 0)) return null;
  }
  const read = readCellStream(joinWrappedValues(text, cells), 0, titleBefore(text, lines, li), ctx.docYear, ctx.horizon);
  if (!read) return null;
  // (a note of the unit on the line above, 金额单位:万美元, as over a table set apart by spaces)
  const reading = readTable({ ...read.table, lead: leadBefore(text, lines, li), unit: unitNoted([lineBefore(text, lines, li)]) }, ctx.horizon);
  // a "table" that gives no value at all was a title over something else: its lines are read again as they come
  if (reading.candidates.length === 0 && reading.baselines.length === 0) return null;
  const lastLine = read.next < cells.length ? cells[read.next].line - 1 : cells[cells.length - 1].line;
  return { reading, lastLine: Math.max(li, lastLine) };
}

/** A note of a table's unit: 单位:万元, (单位:亩), 面积:万亩, 金额单位:万美元. */
const UNIT_NOTE = /^[(（]?\s*(?:计量|金额|数量|面积)?(?:单位|面积|数量|金额|长度|里程|规模)\s*[:：]\s*([^\s|()（）:：,，]{1,6})\s*[)）]?$/;

/** A note of the unit closing a table's title on its line: …分解表金额单位:万美元, …一览表(单位:万元). */
const UNIT_NOTE_AFTER_TITLE = /(表)\s*[(（]?\s*(?:计量|金额|数量)?单位\s*[:：]\s*([^\s|()（）:：,，]{1,6})\s*[)）]?$/;

/** The unit the first of `lines` that is a unit note (or a title closed by one) names, if one does. */
function unitNoted(lines: (string | null)[]): string | null {
  for (const line of lines) {
    const t = line?.replace(/[|\s]+$/, "").trim();
    const u = t ? UNIT_NOTE.exec(t)?.[1] ?? UNIT_NOTE_AFTER_TITLE.exec(t)?.[2] : undefined;
    if (u && isUnitCell(u)) return u;
  }
  return null;
}

/** A table given as rows of cells, one cell per column; rows[0..] are scanned for the header. */
function readRows(rows: Cell[][], title: string | null, ctx: TableContext, lead: string | null = null): TableReading {
  let columns: Column[] | null = null;
  let headerCells: Cell[] = [];
  const out: Row[] = [];
  const readings: TableReading[] = [];
  // (a note of the unit the table counts in, on a row above its header or the line before it: 面积:万亩, (单位:亩))
  let unit: string | null = null;
  const notes: string[] = [];
  const flush = (): void => {
    if (columns) readings.push(readTable({ columns, rows: out.splice(0), title, lead, unit }, ctx.horizon));
  };
  for (let ri = 0; ri < rows.length; ri++) {
    const row = rows[ri];
    if (row.every((c) => /^[-:\s]*$/.test(c.text))) continue; // |---|---|
    // (a progress table's header of several tiers, the plan's columns first among those of work done: its rows start
    // where the header says)
    const progress: Header | null = !columns ? progressHeader(rows, ri, title) : null;
    if (progress) {
      columns = progress.columns;
      headerCells = [];
      unit = unitNoted(notes) ?? unitNoted([title, lead]);
      resolveYears(progress.columns, ctx.docYear, ctx.horizon);
      ri = progress.next - 1;
      continue;
    }
    const h = readHeader(row, 0);
    const header = h && h.next >= row.filter((c) => c.text).length - 1;
    // (a header of two rows, measures over the target each column holds: | 考核单位 | 合同外资(万美元) | … | over | 本年任务 | …)
    const tiered: Column[] | null = !header && !columns && ri + 1 < rows.length ? tieredRows(row, rows[ri + 1]) : null;
    if (tiered) {
      columns = tiered;
      headerCells = [];
      unit = unitNoted(notes) ?? unitNoted([title, lead]);
      resolveYears(columns, ctx.docYear, ctx.horizon);
      ri++;
      continue;
    }
    // (a header after rows opens the next table: two tables with only a blank line between them)
    if (header && (!columns || out.length > 0)) {
      flush();
      columns = h.columns;
      headerCells = row;
      unit = unitNoted(notes) ?? unitNoted([title, lead]);
      resolveYears(columns, ctx.docYear, ctx.horizon);
      continue;
    }
    if (!columns) {
      if (notes.length < 4) notes.push(row.map((c) => c.text).join(" ").trim());
      continue;
    }
    // a second header row under a group (| 指标 | 2020年 | 目标值 | 目标值 | over | | | 2025年 | 2035年 |): each of its
    // cells completes the name of the column above it
    const sub: Column[] | null = out.length === 0 ? subHeader(headerCells, row) ?? groupMeasures(headerCells, columns, row) : null;
    if (sub) {
      columns = sub;
      resolveYears(columns, ctx.docYear, ctx.horizon);
      headerCells = [];
      continue;
    }
    const r = positionalRow(fittedRow(row, columns) ?? mergedFirstCell(row, columns) ?? totalOverSerial(row, columns) ?? row, columns);
    // (the rest of the name above on a row of its own: 数字经济核心产业增加值占地区生 | 9.6 | 13 over 产总值比重(%) | | )
    const last = out[out.length - 1];
    // (only a long first part cut at the line's end, not a row of its own: 其中:…, 二、创新驱动(5项), a name after a short one)
    if (r && r.values.size === 0 && !r.unit && !r.attribute && last && /[)）]$/.test(r.name.text) && continuesName(last.nameText ?? last.name.text, r.name.text)) {
      last.nameText = (last.nameText ?? last.name.text) + r.name.text;
      last.name = { start: last.name.start, end: r.name.end, text: last.nameText };
      continue;
    }
    if (r) out.push(r);
  }
  flush();
  return {
    candidates: readings.flatMap((r) => r.candidates), baselines: readings.flatMap((r) => r.baselines), ordinals: readings.flatMap((r) => r.ordinals),
  };
}

/** The columns of a header of two tiers on two rows, when the two rows hold nothing else. */
function tieredRows(first: Cell[], second: Cell[]): Column[] | null {
  const cells = [...first, ...second].filter((c) => c.text !== "");
  const h = tieredHeader(cells, 0);
  return h && h.next === cells.length ? h.columns : null;
}

/**
 * The columns of a header completed by a second header row (no value, under a header of as many cells): a year dates the
 * column above it (目标值 over 2025年), a value's name splits the year above it (2030年 over 绝对值 | 年均增长(%), the year's
 * cell merged over both), a growth cell under an empty one is a column of its own. Null when the row is no such header.
 */
function subHeader(above: Cell[], row: Cell[]): Column[] | null {
  if (above.length === 0 || row.length !== above.length) return null;
  const filled = row.filter((c) => c.text !== "");
  if (filled.length === 0 || !filled.every((c) => SUB_HEADER_CELL.test(c.text) || columnOf(c.text)?.role === "growth")) return null;
  if (!filled.some((c) => /^(?:19|20)\d\d年/.test(c.text) || SECOND_TIER_VALUE.test(c.text))) return null;
  const joined = above.map((c, k) => {
    const under = row[k].text;
    if (under === "") return c;
    if (c.text !== "") return { ...c, text: c.text + under };
    // (the year's cell merged over the columns after it: 2030年 | — over 绝对值 | 年均增长(%))
    const parent = SECOND_TIER_VALUE.test(under) ? above.slice(0, k).reverse().find((a) => a.text !== "") : undefined;
    return { ...row[k], text: parent && /^(?:19|20)\d\d年$/.test(parent.text) ? parent.text + under : under };
  });
  const h = readHeader(joined, 0);
  return h && h.next >= joined.filter((c) => c.text).length - 1 ? h.columns : null;
}

/**
 * The measures a task column's cell spans, named by a second header row (| 序号 | 区/单位 | 2022年任务安排(万亩) | | over
 * | 高标准农田 | 高效节水灌溉 | |): one column per measure, each with the year and unit of the cell above. The row's cells
 * stand at its left, the cells over them merged down. Null when the row is no such header.
 */
function groupMeasures(above: Cell[], columns: Column[], row: Cell[]): Column[] | null {
  const g = columns.findIndex((c) => (c.role === "target" || c.role === "year") && c.year !== null);
  if (g < 0 || g !== columns.length - 1 || above.length <= g + 1 || above.slice(g + 1).some((c) => c.text !== "")) return null;
  const names = row.filter((c) => c.text !== "");
  const span = above.length - g;
  if (names.length < 2 || names.length > span || row.slice(0, names.length).some((c) => c.text === "") ||
    !names.every((c) => MEASURE_NAME.test(c.text.trim()))) return null;
  const group = columns[g];
  return [...columns.slice(0, g), ...names.map((c) => ({ ...group, measure: withoutBracketedTail(c.text.trim()), unit: headerUnit(c.text) ?? group.unit }))];
}
/** A measure's name in a second header row: 高标准农田, 高效节水灌溉, 新建(个), 改造户数. */
const MEASURE_NAME = /^[\u4e00-\u9fff“”"]{2,12}(?:[(（][^()（）]{1,6}[)）])?$/;

/**
 * A total's row whose name spans the 序号 and name columns (合计 | 3 | 0.5 under 序号 | 区/单位 | … | …): its cells
 * after the name moved one place left. Null for any other row.
 */
function totalOverSerial(row: Cell[], columns: Column[]): Cell[] | null {
  if (columns[0].role !== "serial" || columns[1]?.role !== "indicator" || row.length !== columns.length - 1) return null;
  if (!/^(?:合计|总计|小计|全市|全省|全区|全县|总数)$/.test(row[0].text.replace(/\s+/g, ""))) return null;
  return [{ start: row[0].start, end: row[0].start, text: "" }, ...row];
}

/** A cell of a second header row: a year (2025年目标) or a short name (目标值, 绝对值). */
const SUB_HEADER_CELL = /^(?:19|20)\d\d年[\u4e00-\u9fff]{0,4}$|^[\u4e00-\u9fff]{2,8}$/;

/** Whether `rest`, a row holding only a name, is the end of `first`, a name cut at the line's end. */
function continuesName(first: string, rest: string): boolean {
  return NAME_CUT_AT_LINE_END.test(first) && /^[\u4e00-\u9fffA-Za-z]/.test(rest) &&
    !/^(?:其中|[一二三四五六七八九十]+、)/.test(rest) && !/[(（]\d+项[)）]$/.test(rest);
}

/** A row whose cells stand in their columns' places. */
function positionalRow(row: Cell[], columns: Column[]): Row | null {
  const ind = columns.findIndex((c) => c.role === "indicator");
  const name = row[ind];
  if (!name || !name.text) return null;
  const values = new Map<number, Cell[]>();
  let unit: Cell | null = null;
  let attribute: Cell | null = null;
  let responsible: string[] = [];
  columns.forEach((c, k) => {
    const cell = row[k];
    if (!cell || !cell.text || k === ind) return;
    if (c.role === "unit") unit = cell;
    else if (c.role === "attribute" || attributeOf(cell.text) !== null) attribute = cell;
    else if (c.role === "responsible") responsible = cell.text.split(/[、,,]/).map((x) => x.trim()).filter(Boolean);
    else values.set(k, [cell]);
  });
  return { name, unit, attribute, values, responsible };
}

/**
 * A row whose empty cells were moved to its end, as some page converters do with merged (rowspan) and blank cells:
 * `2 | 婴儿死亡率 | ‰ | <5 | |` under `类别 | 序号 | 指标名称 | 单位 | 2025年`, `15 | 出生人口性别比 | <109 | ||`. Its filled
 * cells are fitted to the columns in order, a column left blank when the cell cannot be what it holds (a category is
 * no 序号, a unit column holds a unit). Null for a row that needs no fitting or does not fit.
 */
function fittedRow(row: Cell[], columns: Column[]): Cell[] | null {
  const filled = row.filter((c) => c.text);
  const firstEmpty = row.findIndex((c) => !c.text);
  // (only a row whose blanks all trail it, and fewer filled cells than columns)
  if (filled.length === 0 || filled.length >= columns.length || firstEmpty < 0 || firstEmpty < filled.length) return null;
  // (the cell merged away opens the header: a category, or a 序号)
  if (columns[0].role !== "category" && columns[0].role !== "serial") return null;
  const fits = (col: Column, t: string, next: Cell | undefined): boolean => {
    switch (col.role) {
      // (a name followed by its unit is the indicator: 空气质量优良天数比率 | % | 90 | |)
      case "category": return !SERIAL_CELL.test(t) && parseValueCell(t) === null && !(next && isUnitCell(next.text));
      case "serial": return SERIAL_CELL.test(t);
      case "indicator": return parseValueCell(t) === null || /[\u4e00-\u9fff]{2}/.test(t);
      case "unit": return isUnitCell(t);
      case "attribute": return attributeOf(t) !== null;
      default: return true;
    }
  };
  const out: Cell[] = [];
  let i = 0;
  for (const col of columns) {
    const c = filled[i];
    if (c && fits(col, c.text, filled[i + 1])) { out.push(c); i++; continue; }
    const at = (c ?? filled[filled.length - 1]).start;
    out.push({ start: at, end: at, text: "" });
  }
  return i === filled.length ? out : null;
}

/**
 * A row one cell short of a header that opens with a category, whose first cell is what the second column holds: the
 * category's cell was merged down from a row above (rowspan) and left this row's cells one place to the left (| 2 |
 * 森林蓄积量(万立方米) | 4606.24 | 5000 | under | 类别 | 序号 | 指标名称 | 2020年 | 2025年 |; 人均地区生产总值(万元) |
 * 12.8 | 16.5 | 预期性 under 类别 | 指标 | 2025年 | 2030年 | 属性). Null for any other row: a row missing a cell
 * elsewhere (its last) keeps its cells in order.
 */
function mergedFirstCell(row: Cell[], columns: Column[]): Cell[] | null {
  if (columns[0].role !== "category" || row.length !== columns.length - 1 || row.some((c) => !c.text)) return null;
  // (under 类别 | 序号 | …, the row opens with its 序号; under 类别 | 指标 | …, with its indicator and a value after it:
  // 人均地区生产总值(万元) | 12.8 | 16.5 | 预期性)
  // (a row that kept its category and lost a value, 民生福祉 | 城镇…率 | 100 | 预期性, keeps its cells in order)
  const shifted = columns[1]?.role === "serial" ? SERIAL_CELL.test(row[0].text) :
    columns[1]?.role === "indicator" && parseValueCell(row[0].text) === null && (parseValueCell(row[1].text) !== null || isEmptyMark(row[1].text));
  return shifted ? [{ start: row[0].start, end: row[0].start, text: "" }, ...row] : null;
}

/** A 序号 cell: 1, 12, 3. */
const SERIAL_CELL = /^\d{1,3}[.、]?$/;

/**
 * A table laid out with spaces whose cells stand under their header cells (layout.ts): read by position, so blank
 * cells, values with a space in them and wrapped names keep their columns. Null when it gives no value.
 */
function laidOutTable(text: string, lines: Span[], li: number, trimmed: string, ctx: TableContext): TableFound | null {
  if (trimmed.length > 160 || !hasSpace(trimmed) || !/\S\s{2,}\S+\s{2,}\S/.test(trimmed)) return null;
  const laid = laidTable(text, lines, li, ctx.docYear, ctx.horizon);
  if (!laid) return null;
  const reading = readTable({ columns: laid.columns, rows: laid.rows, title: titleBefore(text, lines, li) }, ctx.horizon);
  return reading.candidates.length ? { reading, lastLine: laid.lastLine } : null;
}

/** Cells of a line split at runs of spaces (tables extracted from PDFs), with clean-text offsets. */
function spacedCells(text: string, start: number, end: number): Cell[] {
  const out: Cell[] = [];
  const re = /\S+/g;
  const line = text.slice(start, end);
  for (let m = re.exec(line); m; m = re.exec(line)) out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0] });
  return out;
}

/**
 * A table whose cells are separated by spaces: a header line (指标 单位 2020年 2025年 属性) whose every cell has a
 * column role, then rows until a line that is not split into cells. A row one cell short of the header lacks its
 * category cell (merged in the source) and is aligned from the right.
 */
function spacedTable(text: string, lines: Span[], li: number, trimmed: string, ctx: TableContext): TableFound | null {
  if (trimmed.length > 120 || !hasSpace(trimmed) || !/\S\s+\S+\s+\S/.test(trimmed)) return null;
  const head = spacedCells(text, lines[li].start, lines[li].end);
  const h = readHeader(head, 0);
  if (!h || h.next < head.length) return null;
  resolveYears(h.columns, ctx.docYear, ctx.horizon);
  const rows: Row[] = [];
  let k = li + 1;
  for (; k < lines.length; k++) {
    const t = text.slice(lines[k].start, lines[k].end).trim();
    if (t.length === 0) continue;
    const cells = spacedCells(text, lines[k].start, lines[k].end);
    // (a part's label on a line of its own, 一、经济发展, when a row follows it)
    if (cells.length === 1 && isPartLine(t) && k + 1 < lines.length && spacedCells(text, lines[k + 1].start, lines[k + 1].end).length >= 2) continue;
    if (cells.length < 2 || cells.length > head.length || t.length > 120 || /。/.test(t)) break;
    const missing = head.length - cells.length;
    const blanks: Cell[] = Array.from({ length: missing }, () => ({ start: cells[0].start, end: cells[0].start, text: "" }));
    // (a row with no 序号 of its own, a second line of the item above: 提质改造农村公路 公里 168 under 序号 考核指标 单位 …)
    const noSerial = missing > 0 && h.columns[0].role === "serial" && !SERIAL_CELL.test(cells[0].text);
    const lead = noSerial ? blanks.slice(0, 1) : missing > 0 && h.columns[0].role === "category" ? blanks : [];
    const r = positionalRow([...lead, ...cells], h.columns);
    if (r) rows.push(r);
  }
  // (the unit a note on the line above names, 金额单位:万美元, for cells that name none)
  const unit = unitNoted([lineBefore(text, lines, li)]);
  return { reading: readTable({ columns: h.columns, rows, title: titleBefore(text, lines, li), unit }, ctx.horizon), lastLine: k - 1 };
}
