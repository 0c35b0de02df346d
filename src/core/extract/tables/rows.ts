// Indicator tables flattened one cell per line (主要目标一览表): 指标(单位) | 2025年目标 | 年均增长 | 责任单位.
// A row with a level and a growth value gives two targets; the unit comes from the indicator cell's
// parentheses; a growth column implies %; [1.3]-style bracketed values are cumulative; 省下达 / 高于全省 / "-"
// give none.
import type { Comparator } from "../../model";
import { matchUnit, unitFromParentheses } from "../../numbers/units";
import { ORG_SUFFIX } from "../phrase/lexicon";
import type { Candidate } from "../types";

export interface Cell {
  start: number;
  end: number;
  text: string;
}

type Role = "category" | "serial" | "indicator" | "target" | "growth" | "base" | "unit" | "responsible" | "other";

interface Header {
  roles: Role[];
  targetYear: number | null;
  /** Index of the first cell after the header. */
  next: number;
}

/** A header cell without spaces and brackets: 2025年(目标) → 2025年目标, 年均增长[累计] → 年均增长累计. */
function headerKey(cell: string): string {
  return cell.replace(/[\s()[\]【】<>《》]/g, "");
}

function roleOf(cell: string): Role | null {
  const t = headerKey(cell);
  if (t.length === 0 || t.length > 20) return null;
  if (/^(类别|类型|领域|分类|指标类别|一级指标|维度)$/.test(t)) return "category";
  if (/^(序号|编号)$/.test(t)) return "serial";
  if (/^(指标|指标名称|主要指标|具体指标|二级指标|指标内容|指标项)(单位|计量单位)?$/.test(t)) return "indicator";
  if (/^(单位|计量单位)$/.test(t)) return "unit";
  if (/^(责任单位|牵头单位|责任部门|牵头部门)$/.test(t)) return "responsible";
  if (/(年均增长|年均增速|平均增长|增长率|年均|增速)/.test(t) || /^(增长|增幅)(%|百分比)?$/.test(t)) return "growth";
  // the base year's column (基期 / 现状 / 完成 / 实际) holds past values, never targets
  if (/(基期|基数|基准|现状|完成|实际|实绩)/.test(t)) return "base";
  if (/(目标|预期|规划|计划)/.test(t) && /^((20\d\d)年(底|末)?)?(目标|目标值|预期目标|预期值|预期|规划目标|规划值|计划|计划值|计划目标)((20\d\d)年?)?$/.test(t)) return "target";
  if (/^(20\d\d)年?(底|末)?(值)?$/.test(t)) return "base";
  if (/^(属性|指标属性|备注|指标性质|性质|类型说明)$/.test(t)) return "other";
  return null;
}

/** A line that is a table header cell (指标 / 单位 / 2025年目标 / 属性 …). */
export function isHeaderCell(line: string): boolean {
  return roleOf(line) !== null;
}

/** A line that can open a table header (类别 / 序号 / 指标 / 指标(单位) …). */
export function isHeaderStart(line: string): boolean {
  const r = roleOf(line);
  return r === "category" || r === "serial" || r === "indicator";
}

/** A header starts at cell i when 指标 and a target or growth column appear among the next cells. */
export function readHeader(cells: Cell[], i: number, horizon: number | null = null): Header | null {
  const roles: Role[] = [];
  let targetYear: number | null = null;
  let j = i;
  for (; j < cells.length && j < i + 10; j++) {
    const r = roleOf(cells[j].text);
    if (!r) break;
    roles.push(r);
    if (r === "target" || r === "base") {
      const y = /(20\d\d)/.exec(cells[j].text);
      if (y && r === "target") targetYear = Number(y[1]);
    }
  }
  if (!roles.includes("target")) {
    // 指标 | 2020年 | 2025年: the latest bare year column is the target, earlier ones are bases
    let best = -1;
    let bestYear = 0;
    for (let k = 0; k < roles.length; k++) {
      const y = /(20\d\d)/.exec(cells[i + k].text);
      if (roles[k] === "base" && y && Number(y[1]) > bestYear) { best = k; bestYear = Number(y[1]); }
    }
    const bare = roles.filter((r, k) => r === "base" && /^(20\d\d)年?(底|末)?(值)?$/.test(headerKey(cells[i + k].text))).length;
    // a single bare year column is the target when it is the plan's horizon (指标 | 2025年 | 年均增长)
    const single = bare === 1 && roles.filter((r) => r === "base").length === 1 && horizon !== null && bestYear === horizon;
    if (best >= 0 && (roles.filter((r) => r === "base").length >= 2 || single) && /^(20\d\d)年?(底|末)?(值)?$/.test(headerKey(cells[i + best].text))) { roles[best] = "target"; targetYear = bestYear; }
  }
  if (roles.filter((r) => r === "indicator").length !== 1 || !(roles.includes("target") || roles.includes("growth"))) return null;
  return { roles, targetYear, next: j };
}

interface Parsed {
  value: number;
  valueMax: number | null;
  comparator: Comparator;
  unit: string | null;
  bracketed: boolean;
}

/** Value of a cell: 52000 · 7.5左右 · 52以上 · 6以内 · [1.3] · 稳定在500万吨左右 · 3—5; null for 省下达 / - / words. */
export function parseValueCell(cell: string): Parsed | null {
  let t = cell.replace(/\s+/g, "");
  let comparator: Comparator = "=";
  const bracketed = /^\[[^\]]+\]$/.test(t);
  if (bracketed) t = t.slice(1, -1);
  const pre = /^(力争|稳定在|保持在|达到|超过|突破|不低于|不少于|不超过|控制在|低于|约|>=|≥|≤|<=|>|<)?/.exec(t)![0];
  t = t.slice(pre.length);
  if (/超过|突破|>/.test(pre) && !/>=/.test(pre)) comparator = ">";
  if (/不低于|不少于|>=|≥/.test(pre)) comparator = ">=";
  if (/不超过|控制在|≤|<=/.test(pre)) comparator = "<=";
  if (/低于|^<$/.test(pre)) comparator = "<";
  if (/约/.test(pre)) comparator = "~";
  const m = /^(-?\d+(?:\.\d+)?)(?:[—–~-](\d+(?:\.\d+)?))?/.exec(t);
  if (!m) return null;
  const value = Number(m[1]);
  const valueMax = m[2] !== undefined ? Number(m[2]) : null;
  let rest = t.slice(m[0].length);
  const u = matchUnit(rest, 0);
  const unit = u ? u.unit : null;
  if (u) rest = rest.slice(u.end);
  if (/^(以上|及以上)/.test(rest)) comparator = ">=";
  else if (/^(左右|上下)/.test(rest)) comparator = "~";
  else if (/^(以内|以下)/.test(rest)) comparator = "<=";
  else if (rest.length > 0 && !/^[%)]/.test(rest)) return null;
  if (valueMax !== null) comparator = "range";
  return { value, valueMax, comparator, unit, bracketed };
}

const isSerial = (s: string): boolean => /^\d{1,3}$/.test(s.trim());
// a value cell, not an indicator cell numbered "1.地区生产总值(亿元)"
const looksLikeValue = (s: string): boolean => /^\s*([[\d\-—–<>≥≤]|省下达|市下达|高于|低于|力争|稳定|保持|不低于|不超过|不少于|控制|约|完成|与)/.test(s) && !/^\s*\d{1,3}[.、](?!\d)/.test(s);
const isFiller = (s: string): boolean => /^[·•\-—\s]*$/.test(s) && !/^[-—]$/.test(s.trim());

/** Targets of a flattened table whose header starts at cells[i]; returns them and the index after the table. */
export function readFlatTable(cells: Cell[], i: number, horizon: number | null = null): { targets: Candidate[]; next: number } | null {
  const header = readHeader(cells, i, horizon);
  if (!header) return null;
  const { roles } = header;
  const valueRoles = roles.slice(roles.indexOf("indicator") + 1);
  const out: Candidate[] = [];
  let j = header.next;
  const hasSerial = roles.includes("serial");
  while (j < cells.length) {
    const c = cells[j];
    if (isFiller(c.text)) { j++; continue; }
    if (c.text.length > 60 || /。/.test(c.text)) break; // prose again: the table is over
    if (hasSerial && !isSerial(c.text)) { j++; continue; } // category cells and stray text
    if (hasSerial) j++;
    const ind = cells[j];
    if (!ind) break;
    // a chapter heading after the last row (三、2024年重点工作): the table is over
    if (/^[一二三四五六七八九十]{1,3}、/.test(ind.text)) break;
    const indAt = j;
    if (isSerial(ind.text)) { if (!hasSerial) j++; continue; }
    // without a 序号 column, a category cell (经济发展) is one whose next cell is not a value
    if (!hasSerial && roles[0] === "category" && !/\(/.test(ind.text) && cells[j + 1] && !looksLikeValue(cells[j + 1].text)) { j++; continue; }
    j++;
    const values: (Cell | null)[] = [];
    const responsible: string[] = [];
    for (const role of valueRoles) {
      while (j < cells.length && isFiller(cells[j].text)) j++;
      if (role === "responsible") {
        while (j < cells.length && !isSerial(cells[j].text) && cells[j].text.length <= 40 && ORG_SUFFIX.test(cells[j].text.trim())) {
          responsible.push(cells[j].text.trim());
          j++;
        }
        values.push(null);
        continue;
      }
      const cell = cells[j];
      if (!cell || (hasSerial && isSerial(cell.text) && role !== "target" && role !== "growth" && role !== "base")) { values.push(null); continue; }
      values.push(cell);
      j++;
    }
    // a value cell of prose: the row is not a row, the table ended before it
    if (values.some((v) => v !== null && (v.text.length > 60 || v.text.includes("。")))) { j = indAt; break; }
    out.push(...rowTargets(ind, valueRoles, values, responsible, header.targetYear));
  }
  return { targets: out, next: j };
}

/** Targets of one table row: the indicator cell and the cells of the columns after it. */
export function rowTargets(ind: Cell, valueRoles: Role[], values: (Cell | null)[], responsible: string[], targetYear: number | null): Candidate[] {
  const out: Candidate[] = [];
  const indicatorCell = ind.text.trim();
  const unitColumn = valueRoles.indexOf("unit");
  const unitCell = unitColumn >= 0 ? values[unitColumn]?.text.trim() ?? null : null;
  const unitInCell = unitFromParentheses(indicatorCell) ?? (unitCell && unitCell.length <= 12 ? unitCell : null);
  const name = indicatorCell.replace(/\([^()]*\)\s*$/, "").replace(/^\d{1,3}[.、](?!\d)\s*/, "").trim();
  valueRoles.forEach((role, k) => {
    const cell = values[k];
    if (!cell || (role !== "target" && role !== "growth")) return;
    const v = parseValueCell(cell.text);
    if (!v) return;
    const isRateIndicator = unitInCell === "%" && !/(增长|增速|提高|降低|下降)/.test(name);
    let unit: string;
    let kind: Candidate["kind"];
    let period: Candidate["period"] = null;
    const falling = /(降低|下降|减少|增长|提高)/.test(name);
    if (role === "growth" && v.bracketed) {
      // a five-year total: of a rate, the rise in points (kind increment); of a fall or rise, the change (growth)
      unit = v.unit ?? unitInCell ?? ""; kind = unit === "%" && falling ? "growth" : "increment"; period = "cumulative";
    } else if (role === "growth" && !isRateIndicator) {
      unit = "%"; kind = "growth";
    } else {
      unit = v.unit ?? unitInCell ?? "";
      kind = unit === "%" ? (/(增长|增速|涨幅|增幅)/.test(name) ? "growth" : "share") : /(新增|新建|净增)/.test(name) ? "increment" : "level";
      if (v.bracketed) { period = "cumulative"; if (kind === "level") kind = "increment"; if (unit === "%") kind = falling ? "growth" : "increment"; }
    }
    out.push({
      rule: "table-row", start: ind.start, end: cell.end, numberAt: cell.start, value: v.value, valueMax: v.valueMax,
      unit, comparator: v.comparator, kind, period, indicator: name, optional: false, year: targetYear,
      responsible: responsible.length ? responsible : null,
      // 单位GDP能耗下降(%) with a rate: a fall by the value (下降到 names a level)
      ...(kind === "growth" && /(降低|下降|减少|压减|缩短|削减)(?![到至])/.test(name) && !/(增长|增速)/.test(name) ? { decrease: true } : {}),
    });
  });
  return out;
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

/** Targets of a table given as rows of cells (pipe or tab separated); rows[0..] are scanned for the header. */
export function readRowTable(rows: Cell[][], horizon: number | null = null): Candidate[] {
  const out: Candidate[] = [];
  let header: Header | null = null;
  let indicatorAt = -1;
  for (const row of rows) {
    if (row.every((c) => /^[-:\s]*$/.test(c.text))) continue; // |---|---|
    if (!header) {
      const h = readHeader(row, 0, horizon);
      if (h && h.next >= row.filter((c) => c.text).length - 1) { header = h; indicatorAt = h.roles.indexOf("indicator"); }
      continue;
    }
    const ind = row[indicatorAt];
    if (!ind || !ind.text) continue;
    const valueRoles = header.roles.slice(indicatorAt + 1);
    const values = valueRoles.map((_, k) => row[indicatorAt + 1 + k] ?? null);
    const respAt = header.roles.indexOf("responsible");
    const responsible = respAt >= 0 && row[respAt]?.text ? row[respAt].text.split(/[、,,]/).map((x) => x.trim()).filter(Boolean) : [];
    out.push(...rowTargets(ind, valueRoles, values, responsible, header.targetYear));
  }
  return out;
}
