// A breakdown table's header in two tiers, read as one run of cells (a table given one cell per line, or its two header
// rows joined): the first tier names who the rows are (考核单位, 区县) and the measures shared out, each with its unit
// (合同外资(万美元) | 到位外资(万美元) | 备注); the second names, under each measure in turn, the target its column holds
// (本年任务), and may split a measure's column with a part of it (其中:外省), a column of its own. A progress table's
// header of several tiers (进度表: 计划任务数 among groups of work done, each split below) is read here too.
import { TASK_WORDS, withoutBracketedTail } from "../phrase/lexicon";
import { parseValueCell, type Cell } from "./cells";
import { columnOf, headerUnit, settle, type Column, type Header } from "./header";

/** A measure named in the first tier: 合同外资(万美元), 三资企业销售收入(亿元), 外贸出口. */
const MEASURE = /^[\u4e00-\u9fff]{2,12}(?:[(（][^()（）]{1,8}[)）])?$/;
/** A part of the measure above, splitting its column in the second tier: 其中:外省. */
const PART = /^其中[:：]?([\u4e00-\u9fff]{1,8})$/;
/** A bare target word under a measure (任务 alone is read as a column of tasks elsewhere). */
const BARE_TARGET = new RegExp(`^(?:${TASK_WORDS})$`);

/** A cell's text without spaces and the bars a broken row left beside it (备 注 | → 备注). */
const plain = (c: Cell): string => c.text.replace(/[\s|]+/g, "");

/** The second-tier target a cell names (本年任务, 2004年目标, 任务), or null. */
function targetUnder(t: string): Column | null {
  if (BARE_TARGET.test(t)) return { role: "target", year: null, cumulative: false, unit: null, places: false, text: t };
  const c = columnOf(t);
  return c && c.role === "target" && !c.shared && !c.cumulative && !c.scope ? c : null;
}

/**
 * The header of two tiers that starts at cells[i], or null: the rows' column first (a place's or a body's: 考核单位,
 * 县(市、区)), then at least two measures and any other columns (备注), then one target cell under each measure in order,
 * each followed by the parts that split its column.
 */
export function tieredHeader(cells: Cell[], i: number): Header | null {
  const first = i < cells.length ? columnOf(plain(cells[i])) : null;
  if (!first || !(first.role === "responsible" || (first.role === "indicator" && first.places))) return null;
  // the first tier: measures, and known columns that are no measure's (备注)
  const tier: { cell: Cell; other: Column | null }[] = [];
  let j = i + 1;
  for (; j < cells.length && tier.length < 12; j++) {
    const t = plain(cells[j]);
    if (t === "") continue;
    const known = columnOf(t);
    if (known?.role === "other") { tier.push({ cell: cells[j], other: known }); continue; }
    if (known || !MEASURE.test(t) || (/[(（]/.test(t) && headerUnit(t) === null)) break;
    tier.push({ cell: cells[j], other: null });
  }
  const measures = tier.filter((m) => m.other === null);
  if (measures.length < 2) return null;
  // the second tier: a target under each measure, in order, each with its parts
  const under: { target: Column; parts: string[] }[] = [];
  for (; j < cells.length; j++) {
    const t = plain(cells[j]);
    if (t === "") continue;
    const target = under.length < measures.length ? targetUnder(t) : null;
    const part = PART.exec(t);
    if (target) under.push({ target, parts: [] });
    else if (part && under.length > 0) under[under.length - 1].parts.push(part[1]);
    else break;
  }
  if (under.length !== measures.length) return null;
  const columns: Column[] = [{ ...first, text: plain(cells[i]) }];
  let m = 0;
  for (const { cell, other } of tier) {
    if (other) { columns.push(other); continue; }
    const name = withoutBracketedTail(plain(cell));
    const { target, parts } = under[m++];
    const unit = headerUnit(plain(cell)) ?? target.unit;
    const col = (measure: string): Column => ({ ...target, role: "target", measure, unit, shared: true, text: `${plain(cell)}${target.text}` });
    columns.push(col(name), ...parts.map((p) => col(`${name}(其中${p})`)));
  }
  return settle(columns, j);
}

/** A first-tier group of a progress table's work done: 项目建设情况, 完成投资, 工程进度, 进展情况. */
const PROGRESS_GROUP = /(情况|进度|进展|完成|已建|已开工|竣工)/;

/** A row's cells that hold text (a row of bars keeps the empty cells of merged ones). */
const filled = (row: Cell[]): Cell[] => row.filter((c) => plain(c) !== "");

/**
 * The header of a progress table of several tiers on rows of bars (县名 | 计划任务数 | 项目建设情况 | 完成投资 over
 * 彝家新寨(个) | 户数(户) | 在建住房 | 完成住房 over …), or null: the rows' column of places, then the plan's group (计划任务数,
 * no unit of its own, so split below), then only groups of work done; the second tier opens with the plan's measures,
 * each with its unit, then the parts of the progress groups; later tiers split only those. Only the plan's columns, the
 * row's first value cells, are read: a converter drops a row's empty cells, so the columns after them lose their places
 * (and they hold progress, not targets). `next` is the index of the first row of values.
 */
export function progressHeader(rows: Cell[][], i: number, title: string | null = null): Header | null {
  if (i + 2 >= rows.length) return null;
  const tier = filled(rows[i]);
  if (tier.length < 3) return null;
  const first = columnOf(plain(tier[0]));
  if (!first || first.role !== "indicator" || !first.places) return null;
  // (a plan's group with a unit of its own, 计划任务(户), is one column: the second tier under it would be progress's)
  const plan = columnOf(plain(tier[1]));
  if (!plan || plan.role !== "target" || plan.unit !== null || plan.cumulative || plan.scope || plan.shared) return null;
  // (every other group is work done: a table of targets beside other targets is read by the other headers)
  if (!tier.slice(2).every((c) => columnOf(plain(c))?.role === "base" || PROGRESS_GROUP.test(plain(c)))) return null;
  // the plan's measures: the second tier's first cells that name a unit (彝家新寨(个), 户数(户)); a group cell (在建住房) ends them
  const measures: string[] = [];
  for (const c of filled(rows[i + 1])) {
    const t = plain(c);
    if (!MEASURE.test(t) || headerUnit(t) === null || columnOf(t)?.role === "base") break;
    measures.push(t);
  }
  if (measures.length === 0) return null;
  // later tiers: rows with no value, up to the first row of a place and its values
  let j = i + 2;
  while (j < rows.length && j < i + 6 && !filled(rows[j]).some((c) => parseValueCell(c.text) !== null)) j++;
  const row = j < rows.length ? filled(rows[j]) : [];
  if (row.length <= measures.length || parseValueCell(row[0].text) !== null || !row.slice(1, 1 + measures.length).every((c) => parseValueCell(c.text) !== null)) return null;
  // (the plan's year, when its cell names none, is the one the table's title names: 凉山州2016年…月报进度表 reports on the
  // plan of 2016)
  const year = plan.year ?? titledYear([...rows.slice(Math.max(0, i - 4), i).reverse().map((r) => filled(r).map(plain).join("")), title ?? ""]);
  const columns: Column[] = [{ ...first, text: plain(tier[0]) }, ...measures.map((m): Column => ({
    ...plan, year, measure: withoutBracketedTail(m), unit: headerUnit(m), text: `${plain(tier[1])}${m}`,
  }))];
  return settle(columns, j);
}

/** The one year the nearest title among `lines` (a line ending in 表) names, or null (none, or a span: 2016—2020年). */
function titledYear(lines: string[]): number | null {
  const t = lines.find((l) => l.length <= 60 && /表$/.test(l));
  if (!t || /(?:19|20)\d\d年?\s*[—–\-~～至到]/.test(t)) return null;
  const years = new Set([...t.matchAll(/(?<!\d)((?:19|20)\d\d)年/g)].map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0] : null;
}
