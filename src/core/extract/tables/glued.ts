// Indicator tables whose cells ran together when a web page was flattened to text:
//   序号指标单位2020年2025年属性1学前教育入园率%98≥99预期性2公办园在园幼儿占比%49.54≥55预期性…
// The header is read word by word from the header vocabulary; each row is its serial number (1, 2, 3 …, or 1 again
// after a part's name), the indicator, its unit (or a unit in brackets ending the name), the value cells (split
// in split.ts) and the attribute or the responsible units.
import { matchUnit } from "../../numbers/units";
import { ATTRIBUTE_WORDS, ORG_SUFFIX } from "../phrase/lexicon";
import type { Cell } from "./cells";
import { columnOf, resolveYears, settle, type Column } from "./header";
import { splitTail, type ColumnPlan } from "./split";
import { readTable, type Row, type TableReading } from "./table";

export interface GluedTable {
  start: number;
  end: number;
  reading: TableReading;
}

const HEADER_WORDS = [
  /^(分类|类别)/, /^序号/, /^(指标名称|主要指标|指标)/, /^单位/, /^20\d\d年?(完成值|目标值|现状值|现状|目标|基期值|预期值)?/,
  /^[“"]?十[三四五六]五[”"]?(末|规划)?(目标值?|完成值?)?/, /^(指标属性|属性)/, /^绝对值/, /^年均(增速|增长)率?(\[累计\]|\(累计\))?/,
  /^(责任单位|牵头单位)/, /^备注/,
];
const ATTRIBUTE = new RegExp(ATTRIBUTE_WORDS);
const GLUED_START = /(?:分类|类别)?序号(?:指标名称|主要指标|指标)/g;

/** Header words from `at`: the columns and where the rows start. */
function gluedHeader(text: string, at: number, to: number): { columns: Column[]; next: number } | null {
  const columns: Column[] = [];
  let p = at;
  for (let n = 0; n < 16 && p < to; n++) {
    while (text[p] === " ") p++;
    const rest = text.slice(p, Math.min(to, p + 16));
    // the longest word wins (指标属性 over 指标)
    const m = HEADER_WORDS.map((re) => re.exec(rest)).reduce<RegExpExecArray | null>((a, b) => (b && (!a || b[0].length > a[0].length) ? b : a), null);
    if (!m) break;
    p += m[0].length;
    // 绝对值 names the kind of the year columns above it (a second header row): no column of its own
    if (m[0] === "绝对值") continue;
    const c = columnOf(m[0]);
    if (c) columns.push(c);
  }
  const h = settle(columns, 0);
  return h && columns.some((c) => c.role === "serial") ? { columns: h.columns, next: p } : null;
}

const unitAt = (text: string, q: number): number => {
  const special = /^(1\/10万|1\/万|万人次|‰|%|类)/.exec(text.slice(q, q + 6));
  if (special) return special[0].length;
  const u = matchUnit(text, q);
  return u && u.end - q <= 6 ? u.end - q : 0;
};
const VALUE_START = /^[\d≥≤<>[〔【\-—–~～ ]/;

/** Splits a run of organisation names (区社会事业局区资源生态局) into units. */
function orgs(s: string): string[] {
  const out: string[] = [];
  const re = /.+?(?:局|委|办|部|院|中心|公司|集团|政府|管委会|街道\)|街道）|办公室)/g;
  for (const m of s.matchAll(re)) out.push(m[0]);
  return out.length ? out : s ? [s] : [];
}

/**
 * Where the indicator of a row may end, most likely first: before its unit (or a space for an empty unit cell) when
 * values follow, or after the bracket of a unit written in the name. A unit followed by a label that recurs before
 * each value (药品集中带量采购品种 个 | 国家和省级药品125个 | 国家和省级药品500个以上) ends the name at its latest place.
 */
function nameEnds(text: string, from: number, to: number, unitColumn: boolean): number[] {
  const plain: number[] = [];
  const labelled: number[] = [];
  for (let q = from + 2; q < to; q++) {
    if (text[q] === " " && !/[(（][^)）]*$/.test(text.slice(from, q))) { plain.push(q); continue; }
    if (unitColumn) {
      const u = unitAt(text, q);
      if (u === 0) continue;
      if (VALUE_START.test(text[q + u] ?? "")) plain.push(q);
      else {
        // the label recurs, and the values after it are in the unit of the unit cell
        const m = /^([\u4e00-\u9fff]{2,12}?)[\d.]+(\S)/.exec(text.slice(q + u, to));
        if (m && m[2] === text.slice(q, q + u) && text.slice(q + u + m[1].length, to).includes(m[1])) labelled.push(q);
      }
    } else if (/[)）]/.test(text[q - 1]) && VALUE_START.test(text[q])) plain.push(q);
  }
  return [...labelled.reverse(), ...plain];
}

interface Parsed {
  row: Row;
  end: number;
}

/** One row from `p`; null when none starts there. */
function gluedRow(text: string, p: number, to: number, expected: number, columns: Column[], plan: ColumnPlan & { count: number; valueColumns: number[] }): (Parsed & { serial: number }) | { skip: number; serial: number } | null {
  const head = /^ *([\u4e00-\u9fff“”"]{0,12}?) *(\d+)/.exec(text.slice(p, Math.min(to, p + 24)));
  if (!head) return null;
  const digits = head[2];
  const part = head[1].length > 0;
  const serial = digits.startsWith(String(expected)) ? expected : part && digits.startsWith("1") ? 1 : -1;
  if (serial < 0) return null;
  const nameStart = p + head[0].length - digits.length + String(serial).length;
  const hasUnitColumn = columns.some((c) => c.role === "unit");
  const hasAttribute = columns.some((c) => c.role === "attribute");
  // the row ends at its attribute, or (responsible units instead) at the next serial number
  let rowEnd: number;
  let attrAt = -1;
  if (hasAttribute) {
    const a = ATTRIBUTE.exec(text.slice(nameStart, Math.min(to, nameStart + 240)));
    if (!a) return null;
    attrAt = nameStart + a.index;
    rowEnd = attrAt + a[0].length;
  } else {
    rowEnd = Math.min(to, nameStart + 240);
  }
  const stop = hasAttribute ? attrAt : rowEnd;
  for (const q of nameEnds(text, nameStart, stop, hasUnitColumn)) {
    const valuesFrom = text[q] === " " ? q + 1 : q + (hasUnitColumn ? unitAt(text, q) : 0);
    if (/[。,;]/.test(text.slice(nameStart, q))) return null;
    let tailEnd = hasAttribute ? attrAt : valuesFrom;
    if (!hasAttribute) while (tailEnd < rowEnd && /[\d.%‰≥≤<>[\]〔〕\-—–~～ ]/.test(text[tailEnd])) tailEnd++;
    const cells = splitTail(text.slice(valuesFrom, tailEnd), plan.count, plan);
    if (!cells) continue;
    const values = new Map<number, Cell[]>();
    cells.forEach((c, k) => {
      if (c.value === null) return;
      const start = valuesFrom + c.start;
      const end = valuesFrom + c.end;
      values.set(plan.valueColumns[k], [{ start, end, text: text.slice(start, end) }]);
    });
    let end = hasAttribute ? rowEnd : tailEnd;
    const responsible: string[] = [];
    if (!hasAttribute) {
      // the responsible units run up to the last organisation name; a part's name (托育方面) may follow them
      let e = tailEnd;
      while (e < to && e - tailEnd < 80 && !/[\d。,;]/.test(text[e])) e++;
      const units = orgs(text.slice(tailEnd, e).trimEnd());
      let used = 0;
      for (const u of units) {
        if (!ORG_SUFFIX.test(u) && !/[)）]$/.test(u)) break;
        responsible.push(u.trim());
        used += u.length;
      }
      end = tailEnd + used;
    }
    const unit = hasUnitColumn && valuesFrom > q && text[q] !== " " ? { start: q, end: valuesFrom, text: text.slice(q, valuesFrom) } : null;
    return {
      serial, end,
      row: {
        serial: { start: nameStart - String(serial).length, end: nameStart, text: String(serial) },
        name: { start: nameStart, end: q, text: text.slice(nameStart, q) }, unit,
        attribute: attrAt >= 0 ? { start: attrAt, end: rowEnd, text: text.slice(attrAt, rowEnd) } : null, values, responsible,
      },
    };
  }
  return { skip: rowEnd, serial };
}

/** What the value columns (`valueColumns`, indexes into `columns`) mean, for cutting a run of values into cells. */
export function columnPlan(columns: Column[], valueColumns: number[]): ColumnPlan & { count: number; valueColumns: number[] } {
  const role = (r: string): number => valueColumns.findIndex((k) => columns[k].role === r);
  const base = role("base");
  const target = role("target");
  const baseYear = base >= 0 ? columns[valueColumns[base]].year : null;
  const targetYear = target >= 0 ? columns[valueColumns[target]].year : null;
  const series = valueColumns.map((k, i) => (columns[k].year !== null && columns[k].role === "target" ? i : -1)).filter((i) => i >= 0);
  return { base, target, growth: role("growth"), years: baseYear && targetYear ? targetYear - baseYear : 0, series, count: valueColumns.length, valueColumns };
}

/** Run-together tables inside text[from, to). */
export function gluedTables(text: string, from: number, to: number, title: (at: number) => string | null, docYear: number | null, horizon: number | null): GluedTable[] {
  const out: GluedTable[] = [];
  const slice = text.slice(from, to);
  GLUED_START.lastIndex = 0;
  for (let m = GLUED_START.exec(slice); m; m = GLUED_START.exec(slice)) {
    const at = from + m.index;
    if (out.length && at < out[out.length - 1].end) continue;
    const h = gluedHeader(text, at, to);
    if (!h) continue;
    resolveYears(h.columns, docYear, horizon);
    const ind = h.columns.findIndex((c) => c.role === "indicator");
    const valueColumns = h.columns.map((c, k) => ({ c, k })).filter(({ c, k }) => k > ind && !["unit", "attribute", "responsible", "category", "serial"].includes(c.role)).map(({ k }) => k);
    const plan = columnPlan(h.columns, valueColumns);
    const rows: Row[] = [];
    let p = h.next;
    let expected = 1;
    let failures = 0;
    for (;;) {
      const r = gluedRow(text, p, to, expected, h.columns, plan);
      if (!r) break;
      expected = r.serial + 1;
      if ("skip" in r) {
        if (++failures > 2) break;
        p = r.skip;
        continue;
      }
      failures = 0;
      rows.push(r.row);
      p = r.end;
    }
    if (rows.length === 0) continue;
    out.push({ start: at, end: p, reading: readTable({ columns: h.columns, rows, title: title(at) }, horizon) });
    GLUED_START.lastIndex = p - from;
  }
  return out;
}
