// The header of an indicator table: which column holds the indicator, its unit, its attribute (属性), the base
// year's values, the target years' values, the growth rates. A bare year column (2020年 | 2025年 | 2035年) is a
// base when it lies before the document's year and a target otherwise.
import { PLAN_PERIODS } from "../../document/doc-year";
import { matchUnit } from "../../numbers/units";
import { TASK_WORDS, withoutBracketedTail } from "../phrase/lexicon";
import { charRunAt, type Cell } from "./cells";

export type ColumnRole =
  | "category" | "serial" | "indicator" | "unit" | "attribute" | "responsible" | "target" | "base" | "growth" | "year" | "other";

export interface Column {
  role: ColumnRole;
  /** The year of a target, base or year column (2025年目标 → 2025; “十四五”目标 → 2025). */
  year: number | null;
  /** A growth column whose bracketed values are totals (年均增速[累计]). */
  cumulative: boolean;
  /** A unit the header names for the column's values (年均增长(%), 整治计划(处)). */
  unit: string | null;
  /** The indicator column names places (地市, 县区): the indicator comes from the table's title. */
  places: boolean;
  /** The measure a second header row names for this column (高标准农田 under 2022年任务安排(万亩)). */
  measure?: string;
  /** A measure's column of a table of places with no year or target word (县(市、区) | 小区数 | 户数): read only in a plan. */
  bare?: boolean;
  /** The area a target column's values are for, when the header names one (苏南目标值, 全省目标值 → 苏南, 全省). */
  scope?: string;
  /** A column of the task assigned for the year (下达任务面积): work to do in it. */
  task?: boolean;
  /** A target column named by the measure it shares out (外贸出口目标): a column only beside the places or bodies it goes to. */
  shared?: boolean;
  /** The row names are the bodies a header cell of responsibility names (责任单位 | 外贸出口目标): places or offices. */
  bodies?: boolean;
  text: string;
}


/** A bracketed gloss of seven characters or more closing a header cell. */
const GLOSS_AFTER = /[(（][^()（）]{7,}[)）]\s*$/;

/** A header cell without spaces, quotes and brackets: 2025年(目标) → 2025年目标, “十四五”目标 → 十四五目标. */
function key(cell: string): string {
  // (most cells hold none of these: one test spares them the replace)
  return KEY_DROP.test(cell) ? cell.replace(KEY_DROPS, "") : cell;
}
const KEY_DROP = /[\s()（）[\]【】<>《》“”"'‘’:：]/;
const KEY_DROPS = new RegExp(KEY_DROP.source, "g");

function yearOf(k: string): number | null {
  const y = /(20\d\d)年?/.exec(k);
  if (y) return Number(y[1]);
  const p = /十[一二三四五六]五/.exec(k);
  return p ? PLAN_PERIODS[p[0]] : null;
}

/** The last year a header names (2026—2030年累计 → 2030), else its plan period's end. */
function lastYearOf(k: string): number | null {
  const ys = [...k.matchAll(/20\d\d/g)].map((m) => Number(m[0]));
  return ys.length > 0 ? Math.max(...ys) : yearOf(k);
}

/** A column of the total added over the period: 累计, “十五五”累计, 2026—2030年累计, 五年累计新增 (not 2030年 | 累计, a year
 * column and a bare total read as one cell). */
const CUMULATIVE_HEADER = /^(?:20\d\d年?[—–\-~～至]20\d\d年?|十[一二三四五六]五(?:时期|期间)?|五年)?(?:规划)?累计(?:新增|完成|目标|值|数)?$/;

/** Unit in a header cell's parentheses: 年均增长(%) → %, 整治计划（处） → 处. */
export function headerUnit(cell: string): string | null {
  const m = /[(（]([^()（）]{1,8})[)）]\s*$/.exec(cell);
  if (!m) return null;
  const inner = m[1].trim();
  const u = matchUnit(inner, 0);
  return u && u.end === inner.length ? inner : /^[%‰]$/.test(inner) ? inner : null;
}

/** A target column: 2025年目标, 目标值, 计划任务, 其中:2021年任务, “十四五”规划目标, 十四五计划新增量 (a group header such as
 * 整治计划(处) too, when it names a unit). */
const TARGET_HEADER = /^(其中)?((20\d\d)年?(底|末)?|十[一二三四五六]五(末|期末)?|年度|全年|本年)?(主要|(?:工作|考核)(?=目标))?(规划|计划|力争)?(目标|目标值|目标任务|预期目标|预期值|预期|规划值|计划|计划值|任务|新增量)((20\d\d)年?)?$/;

/** A column of the share of the year's task or plan done: 占年任务之比, 占年度任务比例, 占全年计划比重. */
const SHARE_OF_TASK = /^占(?:年|年度|全年)?(?:任务|计划)(?:之比|比例|比重)$/;

/** A column of the task assigned for the year: 下达任务面积, 年度任务数, 全年目标任务, 计划任务量. */
// (a year's task may name what it is of: 2023年小麦任务面积)
// (…or what the task is of, its count after it: 献血任务数)
const ASSIGNED_TASK = /^(?:(?:20\d\d年)?(?:省|市|县|区)?下达|20\d\d年(?:年度|全年|[\u4e00-\u9fff]{1,6}?)?|年度|全年|计划)(?:目标)?任务(?:数|量|面积|数量|规模|里程|目标|安排)?$|^[\u4e00-\u9fff]{0,6}?任务(?:数|量)$|^(?:新种|新植|新造|种植|造林|营造)(?:目标)?任务(?:面积|数量|规模)?$/;

/** An area before a target column's name: 全省, 苏南, 皖北, 城镇, 中心城区. */
const SCOPED_TARGET = /^(全[省市县区国]|[\u4e00-\u9fff]{1,3}[省市县区]|[苏浙皖鲁豫闽粤桂川黔滇陕甘晋冀湘鄂赣辽吉黑蒙疆藏青宁渝沪京津琼][南北中东西]部?|城镇|农村|城市|乡村|县城|中心城区)(?=[\u4e00-\u9fff])/;

function column(cell: string, role: ColumnRole, extra: Partial<Column> = {}): Column {
  return { role, year: null, cumulative: false, unit: headerUnit(cell), places: false, text: cell.trim(), ...extra };
}

/** The column a header cell names, or null when the cell is no header cell. */
export function columnOf(cell: string): Column | null {
  if (cell.length > 48) return null;
  // (a gloss of what the column means closing its header, 2025年目标值(各项目标应达到的水平): read without it — a unit in
  // brackets, (亿立方米), is short)
  if (cell.length > 12 && GLOSS_AFTER.test(cell)) cell = cell.replace(GLOSS_AFTER, "");
  const k = key(cell);
  if (k.length === 0 || k.length > 24) return null;
  // (a year's or a task's column with its unit in brackets, 2022年(万亩), 2022年任务安排(万亩): read as the bare header, unit kept)
  const unit = headerUnit(cell);
  if (unit !== null) {
    const bare = columnOf(withoutBracketedTail(cell));
    if (bare && (bare.role === "year" || (bare.role === "target" && bare.year !== null))) return { ...bare, unit, text: cell.trim() };
  }
  // (a performance-target table may drop 指标 from its tiers: 一级 | 二级 | 三级 | 年度数值)
  // (a task-breakdown table groups its indicators under the task they serve: 重点任务 | 序号 | 主要指标 — where no other column
  // names the indicator, settle makes the category column the indicator's)
  // (a header of one word: one look-up, not a pattern each — see HEADER_WORDS)
  const role = HEADER_WORDS.get(k);
  if (role !== undefined) return column(cell, role);
  // (the places may name others beside them in brackets: 乡镇(农场), 镇(街道))
  if (PLACE_WORDS.has(k) || (k !== cell.trim() && PLACE_WORDS.has(key(withoutBracketedTail(cell))))) return column(cell, "indicator", { places: true });
  // (the places or bodies a task is shared out to: 区/单位, 各区, 县(市、区))
  if (SHARED_TO_WORDS.has(k)) return column(cell, "indicator", { places: true });
  const laterRole = LATER_HEADER_WORDS.get(k);
  if (laterRole !== undefined) return column(cell, laterRole);
  // (预期增长(%), 目标增长: the rise a year's plan expects — without its % a row's own unit may make it an amount, table.ts)
  if (/(年均增长|年均增速|平均增长|增长率|年均|增速)/.test(k) || /^(?:预期|目标|计划)?(增长|增幅)(%|百分比)?$/.test(k)) {
    return column(cell, "growth", { cumulative: /累计/.test(k), unit: headerUnit(cell) ?? "%" });
  }
  // the base year's column holds past values, never targets: 基期 / 现状 / 完成 / 实际 / 已整治, and the year just ended
  // estimated before its figures are final: 2025年(预计), 2025年预计值
  if (/(基期|基数|基准|现状|现值|完成|实际|实绩|已整治|存量|末值|预计|预估)/.test(k)) return column(cell, "base", { year: yearOf(k) });
  // (a performance-target table's value column: 指标值, 年度指标值, 预期2022年实现值)
  if (/^(?:年度|预期)?指标值(?:及单位)?$|^年度数值$/.test(k) || /^预期(20\d\d)年?(?:实现值|指标值|目标值|值)$/.test(k)) return column(cell, "target", { year: yearOf(k) });
  // the task assigned for the year, beside what is done of it: 下达任务面积(亩) | 当月完成面积(亩) | 累计完成面积(亩)
  if (ASSIGNED_TASK.test(key(withoutBracketedTail(cell)))) return column(cell, "target", { year: yearOf(k), task: true });
  // (targets of one area among several: 苏南 | 目标值 | 全省 | 目标值)
  const scoped = SCOPED_TARGET.exec(k);
  if (scoped && TARGET_HEADER.test(k.slice(scoped[1].length))) return column(cell, "target", { year: yearOf(k), scope: scoped[1] });
  if (TARGET_HEADER.test(k) || (/^[\u4e00-\u9fff]{2,4}计划$/.test(key(withoutBracketedTail(cell))) && headerUnit(cell) !== null)) return column(cell, "target", { year: yearOf(k) });
  // (a plan period's end as a year: “十五五”期末, 十四五末值)
  if (/^(20\d\d)年?(底|末)?(值|绝对值)?$/.test(k) || /^十[一二三四五六]五(末|期末)(值|目标值?)?$/.test(k)) return column(cell, "year", { year: yearOf(k) });
  // (the total a plan adds over its period: “十五五”累计, 2026—2030年累计, 累计新增)
  if (CUMULATIVE_HEADER.test(k)) return column(cell, "target", { year: lastYearOf(k), cumulative: true });
  if (/^(属性|备注|说明|指标说明|完成率|完成比例|数据来源|资料来源|数据提供部门|提供部门|牵头|权重|分值|绩效标准|指标标准|指标标准或依据)$/.test(k)) return column(cell, "other");
  // (the share of the year's task or plan done: 占年任务之比, 占年度计划比例)
  if (SHARE_OF_TASK.test(k)) return column(cell, "other");
  // a column of results beside the year's target: 绝对值(亿元), 进度(%), 完成进度
  if (/^(绝对值|(?:完成|时序|时间)?进度)(%|‰|[\u4e00-\u9fff]{1,3})?$/.test(k)) return column(cell, "other");
  // (a breakdown table's column named by the measure it shares out: 外贸出口目标, 实到外资目标 — settled against the rows' column)
  // (written as one word: not 序 “十四五”目标, two header cells of a PDF's line run together)
  const shared = MEASURE_TARGET.exec(withoutBracketedTail(cell.trim()));
  if (shared && !GENERIC_MEASURE.test(shared[1]) && !/十[一二三四五六]五/.test(shared[1])) return column(cell, "target", { measure: shared[1], shared: true });
  return null;
}

/** A target column named by what it counts: 外贸出口目标, 实到外资目标任务, 招商引资年度任务. */
const MEASURE_TARGET = new RegExp(String.raw`^([\u4e00-\u9fff]{2,10}?)(?:年度|全年|本年)?(?:${TASK_WORDS})$`);
/** Words before 目标 or 任务 that name no measure: 主要目标, 工作任务, 发展目标. */
const GENERIC_MEASURE = /^(?:主要|重点|具体|工作|发展|总体|阶段性?|近期|中期|远期|考核|分解|规划|计划|预期|奋斗|建设|分项|其他|完成|实现|实施|落实|保障|约束性|预期性|核心|关键|总|年度|全年|本年|当年|下达|分配|绩效|质量|治理|改革|攻坚)$/;

/** Header words to their columns' roles, in the order columnOf tests them: the first role a word takes stays. */
function roleMap(groups: [ColumnRole, string[]][]): ReadonlyMap<string, ColumnRole> {
  const m = new Map<string, ColumnRole>();
  for (const [role, words] of groups) for (const w of words) if (!m.has(w)) m.set(w, role);
  return m;
}
/** Every word of `alternatives` (a|b|c), each followed by one of `suffixes` ("" for none). */
const wordsOf = (alternatives: string, suffixes: string[] = [""]): string[] => alternatives.split("|").flatMap((w) => suffixes.map((x) => w + x));
/**
 * The header words columnOf tests first, each with its column's role, in the order it tests them (the first role a word
 * takes stays): a category (一级 | 二级 | 三级, 重点任务 | 序号 | 主要指标), the serial, the indicator.
 */
const HEADER_WORDS = roleMap([
  ["category", wordsOf("类别|类型|领域|分类|指标类别|一级指标|一级|维度|方面|项目类别|类|重点任务")],
  ["category", ["二级"]],
  ["indicator", ["三级"]],
  ["serial", wordsOf("序号|编号|序")],
  ["indicator", wordsOf("指标|指标名称|主要指标|具体指标|二级指标|三级指标|指标内容|指标项|考核指标|考核内容|考核项目|监测指标|评价指标|项目|项目名称|名称|主要任务|任务|任务名称|内容", ["", "单位", "计量单位"])],
]);
/** A column of places: 地市, 县区, 乡镇. */
// (…or the place's level alone, the bodies beside it in brackets: 市(林局), 市州, 盟市; or the level's name, 县名, 乡镇名称)
const PLACE_WORDS: ReadonlySet<string> = new Set([
  ...wordsOf("地市|城市|地区|县区|县市区|区县|区域|片区|乡镇|镇|街镇|镇街|设区市|城市名称|城市镇及分区|市|市州|盟市|市县"),
  ...wordsOf("县|市|区|县区|县市|县市区|乡镇|镇", ["名称", "名"])]);
/** The places or bodies a task is shared out to: 区/单位, 各区, 县市、区. */
const SHARED_TO_WORDS: ReadonlySet<string> = (() => {
  const places = wordsOf("区|县|市|县区|区县|县市区|地区|街镇|乡镇");
  const names = [...places, ...places.map((w) => `各${w}`), "县市、区"];
  return new Set(names.flatMap((w) => ["", "/单位", "、单位", "/街镇", "、街镇"].map((x) => w + x)));
})();
/** The header words columnOf tests after the places: the unit, the attribute, who is responsible. */
// (监考单位: the office that examines the target, in a table of targets handed down for assessment)
const LATER_HEADER_WORDS = roleMap([
  ["unit", wordsOf("单位|计量单位")],
  ["attribute", wordsOf("属性|指标属性|指标性质|性质")],
  ["responsible", wordsOf("责任单位|牵头单位|责任部门|牵头部门|责任主体|配合单位|监考单位|考核单位")],
]);

/** A measure counted for each place: 项目数量, 小区数, 户数, 建筑面积(万平方米), 改造里程. */
const MEASURE_HEADER = /^[\u4e00-\u9fff]{0,8}(?:数量|个数|户数|人数|栋数|数|面积|规模|里程|长度|投资|金额|容量)(?:[\u4e00-\u9fff%‰]{1,6})?$/;

/** A note in brackets on which of the bodies leads, closing a 责任单位 cell: (第一为牵头单位), (排名第一的为牵头单位). */
const WRAPPED_NOTE = /^[(（][^()（）]{1,20}(牵头|负责|配合)[^()（）]{0,8}[)）]$/;

/** The second half of a header cell split over two lines. */
const GENERIC_HALF = /^(目标|情况|值|任务|目标值|完成值)$/;

export interface Header {
  columns: Column[];
  /** Index of the first cell after the header. */
  next: number;
}

/**
 * A header that starts at cells[i]: known header cells, a cell split over two (指标 | 属性 → 指标属性,
 * 规划防洪标准 | (重现期·年)) joined; up to two unknown cells between known ones (易涝区域数量). It needs one
 * indicator column and a target, growth or year column.
 */
export function readHeader(cells: Cell[], i: number): Header | null {
  const columns: Column[] = [];
  let j = i;
  let unknown = 0;
  while (j < cells.length && j < i + 16) {
    const text = cells[j].text;
    // a parenthesised continuation of the cell before: 规划防洪标准 | (重现期·年), or a note closing it: 责任单位 | (第一为牵头单位)
    if (columns.length && (/^[(（][^()（）]{1,10}[)）]$/.test(text.trim()) || (WRAPPED_NOTE.test(text.trim()) && columns[columns.length - 1].role === "responsible"))) { j++; continue; }
    // (the first rows' category written down one character per line, 园 | 区 | 化 | 推 | 进, is no header cell: 区 alone
    // would read as a column of places)
    const run = columns.length ? charRunAt(cells, j) : 0;
    if (run >= 2 && !columnOf(cells.slice(j, j + run).map((x) => x.text.trim()).join(""))) break;
    let c = columnOf(text);
    // (a header cell wrapped in a narrow column, its second line no header word alone: 序 | 号 → 序号, 指标 | 名称 is two
    // known words and stays as the cases below say)
    const next = j + 1 < cells.length ? cells[j + 1].text : null;
    const secondLine = next !== null ? next.trim() : null;
    if (c && secondLine !== null && secondLine.length <= 4 && /^[\u4e00-\u9fff]+$/.test(secondLine) && !columnOf(secondLine)) {
      const whole = columnOf(text.trim() + secondLine);
      if (whole && whole.role === c.role) { columns.push(whole); j += 2; continue; }
    }
    // a cell split over two lines: “十三五”规划 | 目标, 指标 | 属性 (a second indicator cell), 计划 | 任务
    // (not two columns of values side by side: 现状值 | 目标值; but a year over what its column holds: 2025年 | 基期值)
    const nextColumn = next !== null ? columnOf(next) : null;
    const twoValueColumns = (c?.role === "base" || c?.role === "target") && (nextColumn?.role === "base" || nextColumn?.role === "target");
    const yearOverKind = c?.role === "year" && nextColumn !== null && (nextColumn.role === "base" || nextColumn.role === "target") && nextColumn.year === null;
    // (a bare target cell takes no second half: 目标 | 任务 | 进度 | 完成比例 are four columns of a progress table)
    const bareTarget = c?.role === "target" && c.year === null && key(text) === "目标";
    if (next !== null && !twoValueColumns && !bareTarget && (GENERIC_HALF.test(key(next)) || yearOverKind || (!c && !nextColumn) || (c?.role === "indicator" && columns.some((x) => x.role === "indicator")))) {
      const joined = columnOf(text + next);
      if (joined && (GENERIC_HALF.test(key(next)) || yearOverKind || !c || joined.role === "attribute")) { c = joined; j++; }
    }
    // (a measure's column after the places a task is shared out to: 县(市、区) | 项目数量 | 小区数 | 户数 | 建筑面积 — the
    // work each place is to do, as under 下达任务)
    if (!c && columns.some((x) => x.places) && MEASURE_HEADER.test(key(text))) {
      columns.push(column(text, "target", { measure: key(withoutBracketedTail(text)), bare: true, task: true }));
      j++;
      continue;
    }
    if (!c) {
      // an unknown short cell between known ones (易涝区域数量, 防洪情况) is a column of its own
      if (unknown < 2 && text.length <= 12 && /^[\u4e00-\u9fff“”"]+$/.test(text.trim()) && j + 1 < cells.length && columnOf(cells[j + 1].text)) {
        unknown++;
        columns.push({ role: "other", year: null, cumulative: false, unit: headerUnit(text), places: false, text: text.trim() });
        j++;
        continue;
      }
      break;
    }
    columns.push(c);
    j++;
  }
  return settle(sideBySide(columns), j);
}

/**
 * A table printed two rows to a line repeats its header (单位 | 献血任务数 | 单位 | 献血任务数): one run of it is the
 * header, and the rows follow one after another, name and value.
 */
function sideBySide(columns: Column[]): Column[] {
  const half = columns.length / 2;
  if (columns.length < 4 || !Number.isInteger(half)) return columns;
  for (let k = 0; k < half; k++) if (columns[k].text !== columns[k + half].text) return columns;
  return columns.slice(0, half);
}

/**
 * A header of two tiers flattened into one run of cells (指标 | 2025年 | 2030年 | 属性 | 绝对值 | 绝对值 | 年均增长(%)):
 * the second tier, at the end, splits the year cells above it — each 绝对值 is its year's value, a growth cell a
 * column after the year it falls under. The columns in the rows' order; the run unchanged when it has no such tier.
 */
function withSecondTier(columns: Column[]): Column[] {
  let t = columns.length;
  while (t > 0 && (SECOND_TIER_VALUE.test(key(columns[t - 1].text)) || columns[t - 1].role === "growth")) t--;
  const tier = columns.slice(t);
  const values = tier.filter((c) => SECOND_TIER_VALUE.test(key(c.text))).length;
  const parents = columns.slice(0, t).map((c, k) => ({ c, k })).filter(({ c }) => c.year !== null && (c.role === "year" || c.role === "target" || c.role === "base"));
  if (tier.length < 2 || values === 0 || values > parents.length) return columns;
  const after = new Map<number, Column[]>();
  let p = -1;
  for (const c of tier) {
    if (SECOND_TIER_VALUE.test(key(c.text))) { p = Math.min(p + 1, parents.length - 1); continue; }
    const at = parents[Math.max(p, 0)].k;
    after.set(at, [...(after.get(at) ?? []), c]);
  }
  return columns.slice(0, t).flatMap((c, k) => [c, ...(after.get(k) ?? [])]);
}
/** A second-tier cell naming a year's value under it. */
export const SECOND_TIER_VALUE = /^(?:绝对值|数值|总量|规模)$/;

/** Checks a header and gives its bare year columns their role. */
export function settle(columns: Column[], next: number): Header | null {
  columns = withSecondTier(columns);
  // (measures beside a year's or a target's columns are what those columns are of, not columns of their own)
  if (columns.some((c) => c.bare) && columns.some((c) => !c.bare && (c.role === "target" || c.role === "growth" || c.role === "year"))) {
    columns = columns.map((c) => (c.bare ? { ...c, role: "other" as const, bare: false, measure: undefined } : c));
  }
  // (一级指标 | 二级指标 | 三级指标 | 指标值: a performance-target table names its indicators in the third tier, the second
  // only groups them, 数量指标, 质量指标)
  const third = columns.find((c) => c.role === "indicator" && key(c.text) === "三级指标");
  if (third) for (const c of columns) if (c !== third && c.role === "indicator" && key(c.text) === "二级指标") c.role = "category";
  // (单位 | 献血任务数: beside a task shared out and no indicator, 单位 names the bodies the task goes to, not a unit)
  if (!columns.some((c) => c.role === "indicator") && columns.some((c) => c.task)) {
    const bodies = columns.find((c) => c.role === "unit" && key(c.text) === "单位");
    if (bodies) { bodies.role = "indicator"; bodies.places = true; }
  }
  // (责任单位 | 外贸出口目标 | 实到外资目标: with no indicator, the first column's bodies a measure is shared out to are the rows)
  if (!columns.some((c) => c.role === "indicator") && columns[0]?.role === "responsible" && columns.some((c) => c.shared)) {
    columns[0] = { ...columns[0], role: "indicator", places: true, bodies: true };
  }
  // (a measure's target column away from places or bodies, 指标 | 建设任务, is no column of a breakdown)
  if (!columns.some((c) => c.places)) columns = columns.map((c) => (c.shared ? { ...c, role: "other" as const, measure: undefined, shared: false } : c));
  let indicators = columns.filter((c) => c.role === "indicator").length;
  if (indicators === 0) {
    // 序号 | 项目类别 | 单位 | …: a category column is the indicator when no other column is
    const cat = columns.find((c) => c.role === "category");
    if (cat) { cat.role = "indicator"; indicators = 1; }
  }
  if (indicators !== 1 || !columns.some((c) => c.role === "target" || c.role === "growth" || c.role === "year")) return null;
  // 2017年主要预期目标 | 绝对值 | 增长(%) | 进度(%): beside a target and its progress, a growth column is the growth
  // achieved so far, not a target
  if (columns.some((c) => c.role === "target") && columns.some((c) => /进度/.test(key(c.text)))) {
    for (const c of columns) if (c.role === "growth" && !/(年均|平均)/.test(key(c.text))) c.role = "other";
  }
  // a 序号 column stands before the indicator: 主要指标 | 序 … is a title over a header, not one
  const ind = columns.findIndex((c) => c.role === "indicator");
  if (columns.slice(ind + 1).some((c) => c.role === "serial")) return null;
  return { columns: withoutGroupHeaders(columns), next };
}

/**
 * A header cell over several year columns (整治计划(处) above 2020年 | 2021年 | 2022年) names no column of its own:
 * it is dropped and lends them its unit.
 */
function withoutGroupHeaders(columns: Column[]): Column[] {
  return columns.filter((c, i) => {
    if (c.year !== null || (c.role !== "target" && c.role !== "other")) return true;
    const following = columns.slice(i + 1, i + 3);
    if (following.length < 2 || !following.every((f) => f.year !== null)) return true;
    for (const f of columns.slice(i + 1)) if (f.year !== null && f.unit === null) f.unit = c.unit;
    return false;
  });
}

/**
 * Bare year columns become base or target columns: with the document's year known, years before it are bases;
 * without it, the earliest of several is the base (2020年 | 2025年) and a single one a target when it is the
 * plan's horizon.
 */
export function resolveYears(columns: Column[], docYear: number | null, horizon: number | null): void {
  const years = columns.filter((c) => c.role === "year");
  if (years.length === 0) return;
  const explicitTarget = columns.some((c) => c.role === "target");
  // a column the header marks done (2020年(已整治), 现状) is the base: the plain years after it are targets
  const explicitBase = columns.some((c) => c.role === "base");
  const baseYear = columns.find((c) => c.role === "base" && c.year !== null)?.year ?? null;
  const earliest = Math.min(...years.map((c) => c.year ?? Infinity));
  for (const c of years) {
    if (docYear !== null) c.role = c.year !== null && c.year < docYear ? "base" : "target";
    else if (years.length >= 2) c.role = c.year === earliest && !explicitBase ? "base" : "target";
    // (one year after a base column, 2025年(预计) | 2030年, is its target)
    else if (baseYear !== null && c.year !== null) c.role = c.year > baseYear ? "target" : "base";
    else c.role = !explicitTarget && (horizon === null || c.year === horizon) ? "target" : "base";
  }
}
