// An indicator table read into rows, whatever its text form, and the targets it sets: one per target-year cell
// (a 2025 and a 2035 column give two, each with its year), one per growth cell; the base-year cell gives the
// row's baseYear/baseValue and a baseline mention; the 属性 cell gives binding; text cells give nothing.
import type { Comparator } from "../../model";
import { isCountPerYear, unitFromParentheses } from "../../numbers/units";
import { percentKind, startsWithIncrementVerb } from "../phrase/classify";
import { ORG_SUFFIX, TOTAL_WORDS } from "../phrase/lexicon";
import type { Candidate } from "../types";
import { attributeOf, isUnitCell, parseValueCell, type Cell } from "./cells";
import type { Column } from "./header";

export interface Row {
  /** The row's number (序号), when the table has one. */
  serial?: Cell;
  /** The indicator cell (for a table of places: the place). */
  name: Cell;
  /** The indicator as read, when it differs from the cell (a name wrapped over several cells). */
  nameText?: string;
  unit: Cell | null;
  attribute: Cell | null;
  /** Value cells by column index; a column may hold several labelled values (重点城市≥30 | 一般城市≥15). */
  values: Map<number, Cell[]>;
  responsible: string[];
}

export interface Table {
  columns: Column[];
  rows: Row[];
  /** The table's title (表3 “十四五”全省城市内涝治理主要指标), for tables whose rows name places. */
  title: string | null;
  /** The line before the table, whatever its length: whether it speaks of a plan (…计划改造313个小区). */
  lead?: string | null;
  /** The unit a note above the header says the table counts in (面积:万亩), for rows and columns that name none. */
  unit?: string | null;
}

/** A number a table states for a base or earlier year: a baseline mention. */
export interface TableBaseline {
  /** Clean-text position of the number, and the end of its cell. */
  at: number;
  end: number;
  year: number | null;
}

export interface TableReading {
  candidates: Candidate[];
  baselines: TableBaseline[];
  /** Clean-text positions of the rows' numbers (序号). */
  ordinals: number[];
}

/** Words that name what a table of places counts: 浙江省城市易涝风险区域整治计划表 → 城市易涝风险区域整治. */
function subjectOfTitle(title: string | null): string {
  if (!title) return "";
  return title.replace(/^附?表\s*\d*\s*/, "").replace(/^附件\s*\d*\s*[:：]?\s*/, "").replace(/^[\u4e00-\u9fff]{1,4}?(省|市|县|区)(?=(?:(?:19|20)\d\d年度?)?[\u4e00-\u9fff]{4})/, "")
    .replace(/[“”"]?十[一二三四五六]五[”"]?/g, "").replace(/^(?:19|20)\d\d年度?/, "").replace(/(计划表|目标表|任务表|一览表|情况表|表|任务清单|清单)$/, "")
    .replace(/(?:进度|完成情况|推进情况)?汇总$|进度$/, "").replace(/(计划|目标|任务)$/, "").trim();
}

/** A row that counts work done within the period: 新增…, 累计建设…, 提标改造管网, 城市易涝风险区域整治. */
/** An amount added within a year (新增就业, 新建学校), as opposed to a stock or to work done to date. */
const FLOW = /新增|新建|净增/;
const WORK_DONE = new RegExp(`${FLOW.source}|累计|^[\u4e00-\u9fff]{0,4}(改造|清淤|整治|治理)|(改造|整治|治理)(\\(|$)`);

function cleanName(text: string): string {
  // (其中:户籍人口城镇化率 names a part of the row above it; the part is the indicator)
  return text.replace(/\s+/g, "").replace(/[(（][^()（）]*[)）]$/, "").replace(/^\d{1,3}[.、](?!\d)/, "").replace(/^其中[:：]?/, "").trim();
}

/** Words of a plan before a table of places: 计划改造, 任务分解, 年度目标. */
const PLAN_LEAD = /(计划|任务|目标|安排|分解|拟)/;
/** Words of a report of what was done: 完成情况, 执行情况, 已完成, 统计. */
const DONE_LEAD = /(完成情况|执行情况|进展情况|已完成|已建成|统计|公报)/;

/** A crop or its sowing named in a task column: 2023年小麦任务面积, 粮食播种任务. */
const CROP_SOWN = /(种植|播种|粮食|小麦|玉米|大豆|水稻|稻谷|油菜|油料|棉花|马铃薯)/;

/** A running total of things built or made: 累计建成, 累计建设, 累计创建. */
const RUNNING_STOCK = /累计(建成|建设|创建|认定|打造|培育)/;

/** The title of a table that reports how an earlier plan went: “十三五”…主要指标完成情况, …执行情况表. */
const REVIEW_TITLE = /(完成情况|执行情况|实施情况)(表|一览表)?$/;

export function readTable(table: Table, horizon: number | null): TableReading {
  const candidates: Candidate[] = [];
  const baselines: TableBaseline[] = [];
  const ordinals = table.rows.filter((r) => r.serial).map((r) => r.serial!.start);
  // a table reporting how an earlier plan went (“十三五”…完成情况 in a 十四五 plan) states past values only: its target
  // columns are what was planned then (a mid-term report's 2025年目标 stays a target)
  const reviewed = table.title !== null && REVIEW_TITLE.test(table.title.trim()) && horizon !== null;
  const columns = reviewed
    ? table.columns.map((c) => (c.role === "target" && c.year !== null && c.year < horizon! ? { ...c, role: "base" as const } : c))
    : table.columns;
  const targetYears = columns.filter((c) => c.role === "target" && c.year !== null).map((c) => c.year!);
  const growthYear = targetYears.length ? Math.max(...targetYears) : horizon;
  // (a plan's table titled with its one year, 2004年招商引资目标考核指标分解表, dates the target columns that name none)
  const titled = titleYear(table.title);
  const undated = titled ?? horizon;
  const subject = columns.some((c) => c.places) ? subjectOfTitle(table.title) : "";
  // (a table of places counting measures with no year or target word sets targets only where its title or the line
  // before it speaks of a plan: a bulletin's table by county states results)
  const planned = columns.some((c) => c.bare) && PLAN_LEAD.test(`${table.title ?? ""} ${table.lead ?? ""}`) && !DONE_LEAD.test(`${table.title ?? ""} ${table.lead ?? ""}`);
  // (the areas of target columns name the targets only where there are several: 苏南目标值 | 全省目标值)
  const scopes = columns.filter((c) => c.role === "target" && c.scope).length;
  // (rows named under 责任单位 are read only where they are places or offices: a column of who answers for each row of
  // tasks names no body a measure is shared out to)
  if (columns.some((c) => c.bodies) && !mostlyBodies(table.rows)) return { candidates, baselines, ordinals };
  for (const row of table.rows.flatMap((r) => splitPairedRow(r, columns))) {
    // (a note's mark after the name: 城镇调查失业率(%)＊, a superscript flattened to 城镇调查失业率(%)1)
    const written = (row.nameText ?? row.name.text).replace(/(?:[＊*※]|(?<=[)）])[1-9])$/, "");
    const inBrackets = unitFromParentheses(written.replace(/\s+/g, "").replace(/（/g, "(").replace(/）/g, ")"));
    // 人均地区生产总值(元), 城市防洪达标率(%); not 营商环境指数(错年数)
    const unitInName = inBrackets && (isUnitCell(inBrackets) || /^(年|岁)$/.test(inBrackets)) ? inBrackets : null;
    const place = cleanName(written);
    const name = subject ? subject + (place === "合计" || place === "全省" ? "" : `(${place})`) : place;
    if (name.length === 0) continue;
    const unitCell = row.unit ? row.unit.text.replace(/\s+/g, "") : null;
    const binding = row.attribute ? attributeOf(row.attribute.text) : null;
    let baseYear: number | null = null;
    let baseValue: number | null = null;
    let baseAt: { start: number; end: number } | null = null;
    columns.forEach((col, k) => {
      if (col.role !== "base") return;
      baseYear ??= col.year;
      for (const cell of row.values.get(k) ?? []) {
        const v = parseValueCell(cell.text);
        if (!v) continue;
        baselines.push({ at: cell.start + v.at, end: cell.end, year: col.year });
        if (baseValue === null && v.valueMax === null && v.comparator === "=") { baseValue = v.value; baseAt = { start: cell.start, end: cell.end }; }
      }
    });
    columns.forEach((col, k) => {
      if ((col.role !== "target" && col.role !== "growth") || (col.bare && !planned)) return;
      for (const cell of row.values.get(k) ?? []) {
        const v = parseValueCell(cell.text);
        if (!v) continue;
        const unit = unitCell || unitInName || col.unit || table.unit || "";
        // (a column's own measure, named under its task's cell: 高标准农田(闵行区); in a table of indicators, a part of the row's)
        const measured = col.measure ? (subject || columns.some((c) => c.places) ? `${col.measure}${name === subject ? "" : `(${place})`}` : `${name}(${col.measure})`) : name;
        const c = targetOfCell(measured + (col.scope && scopes > 1 ? `(${col.scope})` : "") + (v.label ? `(${v.label})` : ""), v, col, unit, /累计达/.test(cell.text));
        // 城镇新增就业人数 | 2100 | 2600: an amount added, stated for the base year and the target year alike, is each
        // year's amount (the base year's flow beside the target year's), not a total to add on top of the base
        if (c.kind === "increment" && c.period === null && col.role === "target" && baseValue !== null && FLOW.test(name)) c.period = "annual";
        // 民主法治村累计建成(个) | 64 | 69 | 79: things built or made, as a running total the table gives today's value
        // of, are a count reached (people trained, 累计培训…, stay the work done)
        if (c.kind === "increment" && col.role === "target" && baseValue !== null && c.value >= baseValue && RUNNING_STOCK.test(row.name.text)) { c.kind = "level"; c.period = "cumulative"; }
        candidates.push({
          ...c, rule: "table-row", start: row.name.start, end: cell.end, numberAt: cell.start + v.at, optional: false,
          year: col.role === "growth" ? growthYear : col.year ?? undated, responsible: row.responsible.length ? row.responsible : null,
          ...(binding !== null ? { binding } : {}),
          ...(baseYear !== null || baseValue !== null ? { baseYear, baseValue, baseAt } : {}),
        });
      }
    });
  }
  return { candidates, baselines, ordinals };
}

/** A place a target is shared out to (万州区, 长沙县, 其中:经济技术开发区), or the rows' total. */
const PLACE_ROW = new RegExp(String.raw`^(?:其中[:：]?)?(?:[\u4e00-\u9fff]{1,12}(?:省|市|县|区|州|盟|旗|镇|乡|街道|园区|开发区|新区)|${TOTAL_WORDS})$`);

/** Whether most rows name places or offices (市商务局). */
function mostlyBodies(rows: Row[]): boolean {
  const named = rows.filter((r) => {
    const t = (r.nameText ?? r.name.text).replace(/\s+/g, "");
    return PLACE_ROW.test(t) || (t.length <= 20 && ORG_SUFFIX.test(t));
  });
  return rows.length > 0 && 2 * named.length >= rows.length;
}

/** The one year a table's title names when the title is a plan's (目标, 任务, 分解…), not a report's; else null. */
function titleYear(title: string | null): number | null {
  if (!title || !PLAN_LEAD.test(title) || DONE_LEAD.test(title) || REVIEW_TITLE.test(title)) return null;
  const years = [...title.matchAll(/(?<!\d)((?:19|20)\d\d)年(?!\d|[—–\-~～至到])/g)];
  // (a span of years, 2021—2025年, or two years, names no one year of the table)
  return years.length === 1 && !/(?:19|20)\d\d\s*[—–\-~～至到]/.test(title) ? Number(years[0][1]) : null;
}

/**
 * A row naming two indicators, each with its unit, whose cells give a value for each in turn: 滚动推进重大项目(个)、
 * 完成投资额(亿元) | 15、37 | 40、500 — one row per indicator. A cell with one value alone leaves the row whole.
 */
export function splitPairedRow(row: Row, columns: Column[]): Row[] {
  const written = row.nameText ?? row.name.text;
  // (a name of two or three indicators is short; a long cell is no such name)
  if (written.length > 80 || !written.includes("、")) return [row];
  const parts = written.replace(/\s+/g, "").match(/[^、]+?[(（][^()（）]+[)）](?=、|$)/g);
  if (!parts || parts.length < 2 || parts.join("、") !== written.replace(/\s+/g, "")) return [row];
  const k = parts.length;
  const pieces = new Map<number, Cell[][]>();
  for (const [col, cells] of row.values) {
    const role = columns[col]?.role;
    // (other columns, 序号 among them, go with every part as they are)
    if (role !== "target" && role !== "base" && role !== "growth" && role !== "year") { pieces.set(col, Array.from({ length: k }, () => cells)); continue; }
    const split: Cell[][] = Array.from({ length: k }, () => []);
    for (const cell of cells) {
      const bits = cell.text.split("、");
      if (bits.length === 1 && parseValueCell(cell.text) === null) continue; // —, 省下达: nothing for either
      if (bits.length !== k) return [row];
      let at = cell.start;
      bits.forEach((b, i) => {
        const lead = b.length - b.trimStart().length;
        split[i].push({ start: at + lead, end: at + b.trimEnd().length, text: b.trim() });
        at += b.length + 1;
      });
    }
    pieces.set(col, split);
  }
  return parts.map((part, i) => ({
    ...row, nameText: part,
    values: new Map([...pieces].map(([col, split]) => [col, split[i]] as [number, Cell[]])),
  }));
}

/** Kind, unit, period and comparator of one value cell of a row (the fields that do not depend on the row's place). */
function targetOfCell(name: string, v: ReturnType<typeof parseValueCell> & object, col: Column, unitOfRow: string, reached = false):
  Pick<Candidate, "indicator" | "value" | "valueMax" | "unit" | "comparator" | "kind" | "period" | "decrease"> {
  const falling = /(降低|下降|减少|增长|提高|提升)/.test(name);
  // a rate's own level in a growth column (城镇调查失业率(%) | - | 6以内) is no growth
  const rate = unitOfRow === "%" && /(率|比重|占比|比例|份额)$/.test(name) && !/(增长|增速)/.test(name);
  // (…nor an amount with its own unit, 城镇新增就业 | 2.7万人以上 under 预期增长(%): the row's own measure; nor a value of a
  // row in 万人 under 预期增长 with no % of its own, 城镇新增就业 | 万人 | 2.5)
  const ownAmount = (v.unit !== null && v.unit !== undefined && v.unit !== "%" && !/百分点$/.test(v.unit)) ||
    (unitOfRow !== "" && unitOfRow !== "%" && /^(?:预期|目标|计划)(?:增长|增幅)$/.test(col.text.replace(/\s/g, "")));
  // (a bracketed total, or any value of a column of totals: “十五五”累计)
  const cumulative = v.cumulative || (col.role === "target" && col.cumulative);
  let unit: string;
  let kind: Candidate["kind"];
  let period: Candidate["period"] = null;
  if (col.role === "growth" && cumulative) {
    // a five-year total: of a rate, the rise in points (kind increment); of a fall or rise, the change (growth)
    unit = v.unit ?? unitOfRow; kind = unit === "%" && falling ? "growth" : reached ? "level" : "increment"; period = "cumulative";
  } else if (col.role === "growth" && !rate && !ownAmount) {
    // (提高0.2个百分点 in a growth column: points added to a rate)
    unit = v.unit ?? col.unit ?? "%"; kind = /百分点$/.test(unit) ? "increment" : "growth";
  } else {
    // (a scale in the cell over the row's measure word: 〔2.4万〕 in a row of 个 is 2.4 万个)
    unit = (v.unit === "万" || v.unit === "亿") && /^[\u4e00-\u9fff]$/.test(unitOfRow) && !/[万亿]/.test(unitOfRow) ? v.unit + unitOfRow : v.unit ?? unitOfRow;
    // (提升4个百分点 in a target cell: points added to a rate, as in a sentence)
    // (a task assigned for the year, 下达任务面积, is work to do in it — but a crop's area to sow, 2023年小麦任务面积, is the
    // year's level, as a harvest is)
    const work = col.task === true && !CROP_SOWN.test(col.text);
    kind = unit === "%" ? percentKind(name, /(增长|增速|涨幅|增幅)/.test(name)) : /百分点$/.test(unit) ? "increment" : work || WORK_DONE.test(name) || startsWithIncrementVerb(name) || isCountPerYear(unit) ? "increment" : "level";
    if (/^累计/.test(name)) period = "cumulative";
    if (isCountPerYear(unit)) period = "annual";
    // [累计达到1000] (家): a count reached, still a level
    if (cumulative) { period = "cumulative"; if (kind === "level" && !/达/.test(v.label ?? "") && !reached) kind = "increment"; if (unit === "%") kind = falling ? "growth" : "increment"; }
  }
  const comparator: Comparator = v.comparator;
  return {
    indicator: name, value: v.value, valueMax: v.valueMax, unit, comparator, kind, period,
    // 单位GDP能耗下降(%) with a rate: a fall by the value (下降到 names a level)
    ...(kind === "growth" && /(降低|下降|减少|压减|缩短|削减)(?![到至])/.test(name) && !/(增长|增速)/.test(name) ? { decrease: true } : {}),
  };
}
