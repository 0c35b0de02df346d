// Observations in bulletin tables, whatever text form they arrive in (TSV rows from HTML, space-aligned rows
// from PDF layout text, split across pages). The caption gives the table's year and unit; the header says which
// column holds a level (绝对数, 产量（万吨）, 2025年), a growth rate (比上年增长（%）) or a share (比重); a 单位
// column or a unit in the row name overrides the header's unit. "#" and 其中 mark sub-items.
import { matchUnit } from "../numbers/units";
import { isNumericCell, isPlaceholderCell, type Cell, type Line } from "./lines";
import { originalSpan } from "./mapped";
import type { BulletinObservation } from "./types";

export interface TableContext {
  year: number;
  region: string | null;
  original: string;
}

/** A value column; `label` is its header when it names the indicator (招生数), "" when generic (绝对数). */
type Role =
  | { kind: "level" | "growth"; unit: string | null; year: number | null; label: string }
  | { kind: "unit" }
  | { kind: "name" };

const GENERIC_COLUMN = /^(?:绝对数|数量|产量|总量|金额|总额|数值|实绩|本年|全年|年末数|绝对值|(?:19|20)\d\d年(?:末)?|比上年增长|增长|增速|比重)$/;

interface Block {
  caption: string | null;
  headers: Line[];
  rows: Line[];
}

const compact = (t: string): string => t.replace(/\s+/g, "");

/** Display column of a character offset (CJK characters take two columns), to line up PDF cells. */
function column(text: string, at: number): number {
  let w = 0;
  for (let i = 0; i < at; i++) w += /[\u1100-\uffff]/.test(text[i]!) ? 2 : 1;
  return w;
}

/** A price index's base: 指数(以上年为100) → 上年=100, 上年同期=100 → 上年同期=100. */
function indexBase(t: string): string | null {
  const m = /以?(上年同期|上年)为?=?100/.exec(compact(t));
  return m ? `${m[1]}=100` : null;
}

/** Unit written in parentheses: 产量(万吨) → 万吨, 比上年增长(%) → %, 指数(以上年为100) → 上年=100. */
function unitInParens(t: string): string | null {
  const base = indexBase(t);
  if (base) return base;
  const m = /\(([^()]{1,8})\)\s*$/.exec(t) ?? /单位[:]\s*([^\s()]{1,8})/.exec(t);
  if (!m) return null;
  const u = m[1]!.trim();
  if (u === "%" || u === "‰") return u;
  const matched = matchUnit(u, 0);
  return matched && matched.end === u.length ? u : null;
}

function roleOf(header: string, captionYear: number | null): Role {
  const h = compact(header);
  if (/^(指标|项目|名称|指标名称|产品名称|类别|分组|地区)/.test(h)) return { kind: "name" };
  if (h === "单位" || h === "计量单位") return { kind: "unit" };
  const unit = unitInParens(h);
  const name = h.replace(/\([^()]*\)$/, "").replace(/%$/, "");
  const label = GENERIC_COLUMN.test(name) ? "" : name;
  if (/(增长|增速|涨跌|同比|比上年|增减|±)/.test(h) && !/^\d{4}年$/.test(h)) return { kind: "growth", unit: unit ?? "%", year: captionYear, label };
  if (/(比重|占比|构成)/.test(h)) return { kind: "level", unit: unit ?? "%", year: captionYear, label };
  const y = /^((?:19|20)\d\d)年/.exec(h);
  return { kind: "level", unit, year: y ? Number(y[1]) : captionYear, label };
}

function blocks(lines: readonly Line[]): Block[] {
  const out: Block[] = [];
  let cur: Block | null = null;
  let caption: string | null = null;
  for (const l of lines) {
    if (l.kind === "blank" || l.kind === "furniture") continue;
    if (l.kind === "caption") {
      caption = compact(l.text.text);
      cur = null;
      continue;
    }
    if (l.kind === "header" || l.kind === "row") {
      // a header after rows starts a new table; rows after a page break continue the current one
      if (!cur || (l.kind === "header" && cur.rows.length > 0)) {
        cur = { caption, headers: [], rows: [] };
        out.push(cur);
        caption = null;
      }
      (l.kind === "header" ? cur.headers : cur.rows).push(l);
      continue;
    }
    cur = null;
    caption = null;
  }
  return out;
}

/** The header line whose value columns line up with the rows (the last one with enough cells). */
interface Header {
  roles: Role[];
  cells: Cell[];
  text: string;
}

/** Letter-spaced header words (指   标, 类    别) come as one-character cells close together: one cell each. */
function mergeSpaced(cells: Cell[], text: string): Cell[] {
  const out: Cell[] = [];
  for (const c of cells) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.e, c.s).length : Infinity;
    if (prev && gap <= 6 && /^[\u4e00-\u9fff]$/.test(compact(prev.text).slice(-1)) && compact(prev.text).length === 1) {
      out[out.length - 1] = { text: prev.text + c.text, s: prev.s, e: c.e };
    } else out.push(c);
  }
  return out;
}

function headerRoles(block: Block, captionYear: number | null): Header | null {
  for (let i = block.headers.length - 1; i >= 0; i--) {
    const h = block.headers[i]!;
    const cells = mergeSpaced(h.cells, h.text.text);
    if (cells.length >= 2) return { roles: cells.map((c) => roleOf(c.text, captionYear)), cells, text: h.text.text };
  }
  return null;
}

/** A row split into its name (# and 其中 mark a sub-row), its unit (a 单位 cell or a unit in the name) and value cells. */
function readRow(row: Line, header: Header | null): { indicator: string; sub: boolean; unit: string | null; values: Cell[] } {
  const cells = row.cells;
  // name cells: everything before the first number (letter-spaced names 林    业 come as several cells)
  let k = 0;
  while (k < cells.length && !isNumericCell(cells[k]!.text) && !isPlaceholderCell(cells[k]!.text)) k++;
  let nameCells = cells.slice(0, k);
  let unit: string | null = null;
  const unitColumn = header?.roles.some((r) => r.kind === "unit") ?? false;
  if (nameCells.length >= 2) {
    // the cell before the numbers is the unit under a 单位 column, or when it reads as a unit
    const last = compact(nameCells[nameCells.length - 1]!.text);
    const u = last === "%" ? { unit: "%", end: 1 } : matchUnit(last, 0);
    if (last.length <= 6 && (unitColumn || (u && u.end === last.length))) {
      unit = last;
      nameCells = nameCells.slice(0, -1);
    }
  }
  const name = compact(nameCells.map((c) => c.text).join(""));
  const sub = /^(#|其中[:]?)/.test(name);
  const bare = name.replace(/^#|^其中[:]?/, "");
  return {
    indicator: bare.replace(/\([^()]*\)$/, ""),
    sub,
    unit: unit ?? unitInParens(bare),
    values: cells.slice(k).filter((c) => isNumericCell(c.text) || isPlaceholderCell(c.text)),
  };
}

type ValueRole = Extract<Role, { kind: "level" | "growth" }>;

/** The column of a value: in order when the row has a value for every column, else the header cell above it. */
function roleOfValue(cell: Cell, index: number, values: Cell[], text: string, header: Header | null, caption: string, captionYear: number | null): ValueRole | null {
  const roles = header?.roles.filter((r): r is ValueRole => r.kind === "level" || r.kind === "growth") ?? [];
  if (roles.length === values.length) return roles[index]!;
  if (header && roles.length > 0) {
    const at = column(text, (cell.s + cell.e) / 2);
    let best: ValueRole | null = null;
    let distance = Infinity;
    header.roles.forEach((r, ri) => {
      if (r.kind !== "level" && r.kind !== "growth") return;
      const hc = header.cells[ri]!;
      const d = Math.abs(column(header.text, (hc.s + hc.e) / 2) - at);
      if (d < distance) {
        distance = d;
        best = r;
      }
    });
    return best;
  }
  // no header: one value under a caption about growth (…增长速度) is a growth rate, anything else a level
  return /(增长|增速|涨跌|幅度)/.test(caption) && values.length === 1
    ? { kind: "growth", unit: "%", year: captionYear, label: "" }
    : { kind: "level", unit: null, year: captionYear, label: "" };
}

export function tableObservations(lines: readonly Line[], ctx: TableContext): BulletinObservation[] {
  const out: BulletinObservation[] = [];
  let carried: Header | null = null;
  for (const block of blocks(lines)) {
    const caption = block.caption ?? "";
    const capYear = /((?:19|20)\d\d)年/.exec(caption);
    const captionYear = capYear && !/(\d{4})年?[—-]\d{4}/.test(caption) ? Number(capYear[1]) : null;
    const captionUnit = unitInParens(caption);
    // rows after a page break have no header of their own: the last table's header goes on
    const header: Header | null = headerRoles(block, captionYear) ?? (block.caption === null ? carried : null);
    if (block.headers.length > 0) carried = header;
    if (block.rows.length === 0) continue;
    // several named level columns (招生数 在校生数 毕业生数): the column names the indicator too
    const namedLevels = header?.roles.filter((r) => r.kind === "level" && r.label !== "").length ?? 0;
    const firstIndent = block.rows[0]!.text.text.search(/\S/);
    let total: string | null = null;
    for (const row of block.rows) {
      const text = row.text.text;
      const { indicator, sub, unit: rowUnit, values } = readRow(row, header);
      if (indicator === "") continue;
      const indented = row !== block.rows[0] && text.search(/\S/) > firstIndent + 1;
      const partOf = sub || indented ? total : null;
      if (!sub && !indented) total = indicator;
      const rowSpan = originalSpan(row.text, 0, text.length);
      values.forEach((cell, vi) => {
        if (!isNumericCell(cell.text)) return;
        const role = roleOfValue(cell, vi, values, text, header, caption, captionYear);
        if (!role) return;
        const unit = role.kind === "growth"
          ? role.unit ?? "%"
          : cell.text.endsWith("%") ? "%" : rowUnit ?? role.unit ?? captionUnit ?? "";
        const span = originalSpan(row.text, cell.s, cell.e);
        out.push({
          indicator: namedLevels >= 2 && role.kind === "level" ? indicator + role.label : indicator,
          value: Number(cell.text.replace(/[%,]/g, "").replace("−", "-")),
          unit, year: role.year ?? ctx.year, kind: role.kind, region: ctx.region,
          start: span.start, end: span.end, text: ctx.original.slice(span.start, span.end),
          sentenceStart: rowSpan.start, sentenceEnd: rowSpan.end, partOf,
        });
      });
    }
  }
  return out;
}
