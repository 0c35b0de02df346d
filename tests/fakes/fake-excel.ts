// A faithful in-memory fake of the Excel JavaScript API subset the add-in uses. Like Excel:
// - A batch runs at sync, command by command in the order queued; the first failing command fails the sync and
//   the commands after it never run, those before it stay done ("trace messages … executed before the error
//   occurred", OfficeExtension.Error). A request over 5 MB is refused before anything runs, a response over 5 MB
//   fails the sync (Excel on the web's limits, RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded).
// - Property reads need load() + sync() (else PropertyNotLoaded); missing items and ranges outside the
//   1,048,576 × 16,384 grid fail at sync (ItemNotFound, InvalidArgument); sheet and table names follow Excel's rules.
// - Writes: 2-D arrays must match the range; null leaves a cell as it is and "" clears it (Blank and null values
//   in Excel add-ins); a cell holds at most 32,767 characters; text is read as typed unless the cell is formatted
//   as Text (excel-input.ts); formulas Excel cannot parse, and structured references to tables or columns that do
//   not exist, fail the batch.
// - TableRowCollection.add inserts its rows, shifting the cells below the table's columns down, and refuses to
//   split another table (InsertDeleteConflict); Range.insert shifts cells the same way. TableColumnCollection.add
//   at the end is undocumented for the cells beside the table: the fake takes them over, the worst case.
// - Range.copyFrom with formats copies every format (number format, fill, font); `clearAll` clears conditional
//   formats from every cell of the range; a run without delayForCellEdit fails while the user edits a cell.
// It counts syncs and payload bytes. Plain TypeScript without Node APIs: browser tests install it as the page's host.
/* eslint-disable @typescript-eslint/no-explicit-any -- mirrors Office.js's loosely typed surface. */
import {
  FakeExcelError, GRID_COLUMNS, GRID_ROWS, addrOf, colLetter, inGrid, intersection, intersects, parseAddress, parseAreas,
  sheetNameProblem, subtract, tableNameProblem, within, type Rect,
} from "./excel-grid";
import { formulaProblem, shiftFormula, typedInput, type Scalar } from "./excel-input";

export { FakeExcelError, GRID_COLUMNS, GRID_ROWS, colLetter, sheetNameProblem, shiftFormula, tableNameProblem };

/** Excel on the web's limit on each request and each response ("Resource limits … Excel add-ins"). */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Excel's limit on the cells of one range read. */
export const READ_CELL_LIMIT = 5_000_000;
/** Excel's limit on the characters of one cell ("Excel specifications and limits"). */
export const CELL_TEXT_LIMIT = 32_767;

interface Cell { value: Scalar; formula: string | null; numberFormat: string; fill?: string; fontColor?: string; bold?: boolean }

export interface CfRecord {
  /** Excel's id of the format (stable while it exists). */
  id?: string;
  type: "custom" | "dataBar" | "iconSet" | "cellValue";
  /** Where the format applies: one area, or several joined by commas once part of it was cleared. */
  address: string;
  formula?: string;
  fill?: string | null;
  fontColor?: string | null;
  italic?: boolean;
  barColor?: string;
  lowerBound?: { type: string; formula: string };
  upperBound?: { type: string; formula: string };
  iconStyle?: string;
  criteria?: any[];
}

export interface ChartRecord { type: string; source: string; seriesBy: string; title?: string; name?: string }

export interface Stats { syncs: number; payloadBytes: number[]; responseBytes: number[]; maxPayload: number; calcSuspended: number }

const encoder = new TextEncoder();
const bytes = (x: unknown): number => encoder.encode(JSON.stringify(x) ?? "").length;

// ---- load/sync machinery -------------------------------------------------------------------------------
type Command = { kind: "run"; apply: () => void; label?: string } | { kind: "load"; obj: ClientObject; props: string[] };

class Ctx {
  stats: Stats = { syncs: 0, payloadBytes: [], responseBytes: [], maxPayload: 0, calcSuspended: 0 };
  pendingBytes = 0;
  commands: Command[] = [];
  /** Queues a command: `payload` counts towards the request, `apply` runs at sync in order; `label` names it for faults. */
  queue(payload: unknown, apply: () => void, label?: string): void {
    this.pendingBytes += bytes(payload) + 32;
    this.commands.push({ kind: "run", apply, ...(label ? { label } : {}) });
  }
  load(obj: ClientObject, props: string[]): void { this.commands.push({ kind: "load", obj, props }); }
  fail(code: string, message: string): void { this.queue(null, () => { throw new FakeExcelError(code, message); }); }
  /** Like Office.js, the next sync tells whether an ...OrNullObject result is null, loaded or not. */
  orNull<T extends ClientObject>(obj: T): T { this.load(obj, []); return obj; }
}

function splitProps(props?: string | string[] | Record<string, unknown>): string[] | undefined {
  if (props === undefined) return undefined;
  const list = typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : Object.keys(props);
  return list.map((p) => p.trim()).filter(Boolean);
}

abstract class ClientObject {
  protected loaded = new Map<string, unknown>();
  private children = new Map<string, ClientObject>();
  protected nullable = false;
  constructor(public ctx: Ctx) {}
  /** Values a load may take: name → current value. */
  protected abstract snapshot(prop: string): unknown;
  /** A navigation property a load path may go through ("worksheet" in "items/worksheet/name"). */
  protected navigation(_name: string): ClientObject | undefined { return undefined; }
  /** The same child proxy each time, so what a nested load fills can be read through the getter. */
  protected child<T extends ClientObject>(name: string, make: () => T): T {
    let c = this.children.get(name) as T | undefined;
    if (!c) { c = make(); this.children.set(name, c); }
    return c;
  }
  defaultProps(): string[] { return []; }
  load(props?: string | string[] | Record<string, unknown>): this {
    this.ctx.load(this, splitProps(props) ?? this.defaultProps());
    return this;
  }
  /** Called at sync: direct properties from `snapshot`, paths through navigation properties by their child. */
  resolve(props: string[]): void {
    const nested = new Map<string, string[]>();
    for (const p of props) {
      const slash = p.indexOf("/");
      if (slash < 0) { this.loaded.set(p, this.snapshot(p)); continue; }
      const head = p.slice(0, slash);
      nested.set(head, [...(nested.get(head) ?? []), p.slice(slash + 1)]);
    }
    for (const [head, sub] of nested) {
      const c = this.navigation(head);
      if (!c) throw new FakeExcelError("InvalidArgument", `${this.constructor.name} has no navigation property ${head}`);
      c.resolve(sub);
    }
    // Like Office.js, any load of a ...OrNullObject result also tells whether it is null.
    if (this.nullable) this.loaded.set("isNullObject", this.snapshot("isNullObject"));
  }
  /** What a load of `props` sends back, as JSON (for the response size). */
  project(props: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const nested = new Map<string, string[]>();
    for (const p of props) {
      const slash = p.indexOf("/");
      if (slash < 0) out[p] = this.loaded.get(p);
      else nested.set(p.slice(0, slash), [...(nested.get(p.slice(0, slash)) ?? []), p.slice(slash + 1)]);
    }
    for (const [head, sub] of nested) out[head] = this.navigation(head)?.project(sub);
    return out;
  }
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeExcelError("PropertyNotLoaded", `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.loaded.get(prop) as T;
  }
}

/** A collection: `items/<path>` loads each current item with <path>; other names are the collection's own. */
abstract class Collection<T extends ClientObject> extends ClientObject {
  protected abstract current(): T[];
  get items(): T[] { return this.read("items"); }
  override resolve(props: string[]): void {
    const own = props.filter((p) => p !== "items" && !p.startsWith("items/"));
    const sub = props.filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
    if (own.length) super.resolve(own);
    if (own.length === props.length) return;
    const items = this.current();
    for (const item of items) item.resolve(sub.length ? sub : item.defaultProps());
    this.loaded.set("items", items);
  }
  override project(props: string[]): Record<string, unknown> {
    const own = props.filter((p) => p !== "items" && !p.startsWith("items/"));
    const sub = props.filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
    const out = super.project(own);
    const items = this.loaded.get("items") as T[] | undefined;
    if (items) out.items = items.map((i) => i.project(sub.length ? sub : i.defaultProps()));
    return out;
  }
  protected snapshot(p: string): unknown { throw new FakeExcelError("InvalidArgument", `${this.constructor.name} has no property ${p}`); }
}

// ---- workbook state ------------------------------------------------------------------------------------
export class FakeSheet {
  cells = new Map<string, Cell>();
  widths = new Map<number, number>();
  wrap = new Set<number>();
  tables: FakeTableState[] = [];
  cfs: CfRecord[] = [];
  validations: { address: string; rule: any; errorAlert?: any }[] = [];
  charts: ChartRecord[] = [];
  frozenRows = 0;
  customProperties = new Map<string, string>();
  visibility = "Visible";
  constructor(public id: string, public name: string, public position: number) {}
  cell(r: number, c: number): Cell {
    const k = `${r},${c}`;
    let cell = this.cells.get(k);
    if (!cell) { cell = { value: "", formula: null, numberFormat: "General" }; this.cells.set(k, cell); }
    return cell;
  }
  peek(r: number, c: number): Cell | undefined { return this.cells.get(`${r},${c}`); }
  /** Test helper: a cell's formula or value by A1 address. */
  get(a: string): Scalar { const p = parseAddress(a); const c = this.peek(p.r, p.c); return c ? (c.formula ?? c.value) : ""; }
  /** Test helper: the conditional formats active on a cell (by A1 address). */
  cfsAt(a: string): CfRecord[] { const p = parseAddress(a); return this.cfs.filter((cf) => parseAreas(cf.address).some((x) => intersects(x, p))); }
  /** The table holding a cell, if any. */
  tableAt(r: number, c: number): FakeTableState | undefined {
    return this.tables.find((t) => r >= t.top && r <= t.top + t.rows && c >= t.left && c < t.left + t.cols);
  }
}

export class FakeTableState {
  constructor(public name: string, public sheet: FakeSheet, public top: number, public left: number, public rows: number, public cols: number, public id: string) {}
  headers(): string[] { return Array.from({ length: this.cols }, (_, j) => String(this.sheet.peek(this.top, this.left + j)?.value ?? "")); }
  /** A co-author's sort: body row i takes the cells body row order[i] held, across the table's columns. */
  sortRows(order: readonly number[]): void {
    if ([...order].sort((a, b) => a - b).some((x, i) => x !== i) || order.length !== this.rows) throw new Error("sortRows takes a permutation of the body rows");
    const held = order.map((from) => Array.from({ length: this.cols }, (_, j) => this.sheet.peek(this.top + 1 + from, this.left + j)));
    held.forEach((cells, i) => cells.forEach((cell, j) => {
      const key = `${this.top + 1 + i},${this.left + j}`;
      if (cell) this.sheet.cells.set(key, cell);
      else this.sheet.cells.delete(key);
    }));
  }
  /** The table with its header row. */
  rect(): Rect { return { r: this.top, c: this.left, rows: this.rows + 1, cols: this.cols }; }
}

export class FakeWorkbookState {
  sheets: FakeSheet[] = [];
  /** Defined names of the workbook (table names may not repeat them). */
  names: string[] = [];
  private nextId = 1;
  selection: { sheet: FakeSheet; address: string } | null = null;
  /** The user is typing in a cell: a batch without delayForCellEdit fails (Excel.RunOptions). */
  editingCell = false;
  /** Tests: called before each labelled command runs (worksheets.add, tables.add, rows.add, values, formulas …); may throw. */
  beforeCommand: ((label: string) => void) | null = null;
  /**
   * Tests: called before the n-th sync (1-based, within one Excel.run) runs its batch — where a co-author's change
   * reaches the workbook: "values copied from the workbook to JavaScript variables … are not synchronized"
   * (Coauthoring in Excel add-ins).
   */
  beforeSync: ((n: number) => void) | null = null;
  addSheet(name: string): FakeSheet {
    const problem = sheetNameProblem(name, this.sheets.map((s) => s.name));
    if (problem) throw new FakeExcelError(problem === "another sheet has it" ? "ItemAlreadyExists" : "InvalidArgument", `Invalid worksheet name '${name}': ${problem}.`);
    const s = new FakeSheet(`{${this.nextId++}}`, name, this.sheets.length);
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): FakeSheet | undefined { return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()); }
  tables(): FakeTableState[] { return this.sheets.flatMap((s) => s.tables); }
  table(name: string): FakeTableState | undefined { return this.tables().find((t) => t.name.toLowerCase() === name.toLowerCase()); }
  newId(): string { return String(this.nextId++); }
}

/** Why Excel refuses a formula written into cell (r, c) of `s`, or null. */
function formulaCheck(wb: FakeWorkbookState, s: FakeSheet, r: number, c: number, f: string): void {
  const problem = formulaProblem(f, { table: (n) => wb.table(n)?.headers(), here: s.tableAt(r, c)?.headers() });
  if (problem) throw new FakeExcelError("InvalidArgument", `The formula ${f.slice(0, 60)} is not valid: ${problem}.`);
}

/** Writes one value or formula as Range.values / Range.formulas do: null leaves the cell, "" clears it. */
function writeCell(wb: FakeWorkbookState, s: FakeSheet, r: number, c: number, x: unknown): void {
  if (x === null || x === undefined) return;
  if (typeof x === "string" && x.length > CELL_TEXT_LIMIT) throw new FakeExcelError("InvalidArgument", `A cell holds at most ${CELL_TEXT_LIMIT} characters, not ${x.length}.`);
  const cell = s.cell(r, c);
  if (typeof x !== "string" || x === "" || cell.numberFormat === "@") {
    cell.formula = null;
    cell.value = x as Scalar;
    return;
  }
  const typed = typedInput(x);
  if ("formula" in typed) {
    formulaCheck(wb, s, r, c, typed.formula);
    cell.formula = typed.formula;
    cell.value = "";
    return;
  }
  cell.formula = null;
  cell.value = typed.value;
  if (typed.numberFormat && cell.numberFormat === "General") cell.numberFormat = typed.numberFormat;
}

/**
 * Inserts `n` blank rows at sheet row `at` across columns [c, c + cols): cells there and below move down, as do
 * tables, conditional formats and validation wholly inside those columns. A table only partly inside them cannot
 * move (InsertDeleteConflict); nor can data pushed off the grid (NonBlankCellOffSheet).
 */
function insertRows(s: FakeSheet, at: number, c: number, cols: number, n: number, except?: FakeTableState): void {
  const band: Rect = { r: at, c, rows: GRID_ROWS - at, cols };
  for (const t of s.tables) {
    if (t === except || !intersects(t.rect(), band)) continue;
    if (!within(t.rect(), band)) throw new FakeExcelError("InsertDeleteConflict", `This operation would move part of the table ${t.name}.`);
  }
  const moved = [...s.cells.entries()].filter(([k]) => { const [r, cc] = k.split(",").map(Number) as [number, number]; return r >= at && cc >= c && cc < c + cols; });
  if (moved.some(([k, cell]) => Number(k.split(",")[0]) + n >= GRID_ROWS && (cell.value !== "" || cell.formula !== null))) {
    throw new FakeExcelError("NonBlankCellOffSheet", "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.");
  }
  for (const [k] of moved) s.cells.delete(k);
  for (const [k, cell] of moved) { const [r, cc] = k.split(",").map(Number) as [number, number]; if (r + n < GRID_ROWS) s.cells.set(`${r + n},${cc}`, cell); }
  for (const t of s.tables) if (t !== except && within(t.rect(), band)) t.top += n;
  const shift = (a: string): string => parseAreas(a).map((x) => (within(x, band) ? addrOf({ ...x, r: x.r + n }) : addrOf(x))).join(",");
  for (const cf of s.cfs) cf.address = shift(cf.address);
  for (const v of s.validations) v.address = shift(v.address);
}

/** Inserts `n` blank columns at sheet column `at` across rows [r, r + rows), as insertRows does downwards. */
function insertColumns(s: FakeSheet, at: number, r: number, rows: number, n: number): void {
  const band: Rect = { r, c: at, rows, cols: GRID_COLUMNS - at };
  for (const t of s.tables) {
    if (intersects(t.rect(), band) && !within(t.rect(), band)) throw new FakeExcelError("InsertDeleteConflict", `This operation would move part of the table ${t.name}.`);
  }
  const moved = [...s.cells.entries()].filter(([k]) => { const [rr, c] = k.split(",").map(Number) as [number, number]; return c >= at && rr >= r && rr < r + rows; });
  if (moved.some(([k, cell]) => Number(k.split(",")[1]) + n >= GRID_COLUMNS && (cell.value !== "" || cell.formula !== null))) {
    throw new FakeExcelError("NonBlankCellOffSheet", "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.");
  }
  for (const [k] of moved) s.cells.delete(k);
  for (const [k, cell] of moved) { const [rr, c] = k.split(",").map(Number) as [number, number]; if (c + n < GRID_COLUMNS) s.cells.set(`${rr},${c + n}`, cell); }
  for (const t of s.tables) if (within(t.rect(), band)) t.left += n;
  const shift = (a: string): string => parseAreas(a).map((x) => (within(x, band) ? addrOf({ ...x, c: x.c + n }) : addrOf(x))).join(",");
  for (const cf of s.cfs) cf.address = shift(cf.address);
  for (const v of s.validations) v.address = shift(v.address);
}

// ---- API objects ---------------------------------------------------------------------------------------
class RangeFormat {
  font: { bold: boolean; color: string; italic: boolean };
  fill: { color: string };
  constructor(private range: Range) {
    const setEach = (payload: unknown, f: (cell: Cell) => void) => range.ctx.queue(payload, () => range.each((r, c, s) => f(s.cell(r, c))));
    this.font = {
      set bold(v: boolean) { setEach(v, (cell) => (cell.bold = v)); },
      get bold() { return false; },
      set color(v: string) { setEach(v, (cell) => (cell.fontColor = v)); },
      get color() { return ""; },
      italic: false,
    };
    this.fill = {
      set color(v: string) { setEach(v, (cell) => (cell.fill = v)); },
      get color() { return ""; },
    };
  }
  set columnWidth(points: number) { this.range.ctx.queue(points, () => this.range.eachCol((c, s) => s.widths.set(c, points))); }
  set wrapText(v: boolean) { this.range.ctx.queue(v, () => this.range.eachCol((c, s) => (v ? s.wrap.add(c) : s.wrap.delete(c)))); }
  set verticalAlignment(_v: string) { /* accepted, not modelled */ }
  autofitRows(): void { /* no layout in the fake */ }
}

const CF_TYPE_NAMES: Record<CfRecord["type"], string> = { custom: "Custom", dataBar: "DataBar", iconSet: "IconSet", cellValue: "CellValue" };
let nextCfId = 1;

/**
 * One conditional format as Office.js gives it from a loaded collection: id, type, the custom rule and the data
 * bar's colour and bounds through their ...OrNullObject properties (null objects for other types), delete().
 */
class ConditionalFormatItem extends ClientObject {
  constructor(ctx: Ctx, private sheet: FakeSheet, private rec: CfRecord) { super(ctx); }
  get id(): string { return this.read("id"); }
  get type(): string { return this.read("type"); }
  get customOrNullObject(): { isNullObject: boolean; rule: { formula: string } } {
    const self = this;
    return {
      get isNullObject() { return self.rec.type !== "custom"; },
      rule: {
        get formula(): string {
          if (self.rec.type !== "custom") throw new FakeExcelError("InvalidArgument", "The conditional format is not a custom format.");
          return self.read<string>("customOrNullObject/rule/formula");
        },
      },
    };
  }
  get dataBarOrNullObject(): { isNullObject: boolean; positiveFormat: { fillColor: string }; lowerBoundRule: any; upperBoundRule: any } {
    const self = this;
    const need = <T>(p: string): T => {
      if (self.rec.type !== "dataBar") throw new FakeExcelError("InvalidArgument", "The conditional format is not a data bar.");
      return self.read<T>(`dataBarOrNullObject/${p}`);
    };
    return {
      get isNullObject() { return self.rec.type !== "dataBar"; },
      positiveFormat: { get fillColor() { return need<string>("positiveFormat/fillColor"); } },
      get lowerBoundRule() { return need("lowerBoundRule"); },
      get upperBoundRule() { return need("upperBoundRule"); },
    };
  }
  /** Paths are kept whole: the nested objects are views of this one record. */
  override resolve(props: string[]): void { for (const p of props) this.loaded.set(p, this.snapshot(p)); }
  override project(props: string[]): Record<string, unknown> { return Object.fromEntries(props.map((p) => [p, this.loaded.get(p)])); }
  protected snapshot(p: string): unknown {
    const custom = this.rec.type === "custom", bar = this.rec.type === "dataBar";
    switch (p) {
      case "id": return this.rec.id;
      case "type": return CF_TYPE_NAMES[this.rec.type];
      case "customOrNullObject/rule/formula": return custom ? this.rec.formula ?? "" : null;
      case "dataBarOrNullObject/positiveFormat/fillColor": return bar ? this.rec.barColor ?? "#638EC6" : null;
      case "dataBarOrNullObject/lowerBoundRule": return bar ? this.rec.lowerBound ?? { type: "LowestValue" } : null;
      case "dataBarOrNullObject/upperBoundRule": return bar ? this.rec.upperBound ?? { type: "HighestValue" } : null;
      default: throw new FakeExcelError("InvalidArgument", `ConditionalFormat has no property ${p}`);
    }
  }
  /** ConditionalFormat.getRanges (ExcelApi 1.9): the areas the format applies to. */
  getRanges(): RangeAreas { return new RangeAreas(this.ctx, () => this.sheet, () => parseAreas(this.rec.address)); }
  /** Removes the format; deleting one that no longer exists fails at sync, as in Excel. */
  delete(): void {
    this.ctx.queue(["cf.delete", this.rec.id], () => {
      if (!this.sheet.cfs.includes(this.rec)) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist: conditional format.");
      this.sheet.cfs = this.sheet.cfs.filter((x) => x !== this.rec);
    });
  }
}

/** Range.conditionalFormats: adding applies to the range; items are the formats active on any of its cells. */
class ConditionalFormats extends Collection<ConditionalFormatItem> {
  constructor(private range: Range) { super(range.ctx); }
  add(type: string): any {
    const rec: CfRecord = { id: `cf${nextCfId++}`, type: type === "Custom" ? "custom" : type === "DataBar" ? "dataBar" : type === "IconSet" ? "iconSet" : "cellValue", address: "" };
    const ctx = this.range.ctx;
    ctx.queue(type, () => {
      rec.address = this.range.addressLocal();
      this.range.sheetState().cfs.push(rec);
    });
    const set = (payload: unknown, f: () => void) => ctx.queue(payload, f);
    const fmt = {
      fill: { set color(v: string) { set(v, () => (rec.fill = v)); } },
      font: { set color(v: string) { set(v, () => (rec.fontColor = v)); }, set italic(v: boolean) { set(v, () => (rec.italic = v)); } },
    };
    const wb = this.range.workbook;
    return {
      custom: {
        rule: {
          set formula(f: string) {
            set(f, () => {
              const problem = formulaProblem(f, { table: (n) => wb.table(n)?.headers(), conditionalFormat: true });
              if (problem) throw new FakeExcelError("InvalidArgument", `The conditional format formula is not valid: ${problem}.`);
              rec.formula = f;
            });
          },
        },
        format: fmt,
      },
      dataBar: {
        positiveFormat: { set fillColor(v: string) { set(v, () => (rec.barColor = v)); }, set gradientFill(_v: boolean) {} },
        set lowerBoundRule(v: any) { set(v, () => (rec.lowerBound = v)); },
        set upperBoundRule(v: any) { set(v, () => (rec.upperBound = v)); },
      },
      iconSet: { set style(v: string) { set(v, () => (rec.iconStyle = v)); }, set criteria(v: any[]) { set(v, () => (rec.criteria = v)); } },
    };
  }
  protected current(): ConditionalFormatItem[] {
    const s = this.range.sheetState();
    const box = this.range.rect();
    return s.cfs.filter((cf) => parseAreas(cf.address).some((x) => intersects(x, box))).map((cf) => new ConditionalFormatItem(this.ctx, s, cf));
  }
  /** Clears every conditional format from the cells of this range: formats reaching beyond it keep the rest. */
  clearAll(): void {
    this.range.ctx.queue("clearAll", () => {
      const s = this.range.sheetState();
      const box = this.range.rect();
      s.cfs = s.cfs.flatMap((cf) => {
        const left = parseAreas(cf.address).flatMap((x) => subtract(x, box));
        if (left.length === 0) return [];
        cf.address = left.map(addrOf).join(",");
        return [cf];
      });
    });
  }
}

/** Range.getSpecialCellsOrNullObject: the cells of one type, as areas (null when there are none). */
class RangeAreas extends ClientObject {
  constructor(ctx: Ctx, private sheet: () => FakeSheet, private areas: () => Rect[]) { super(ctx); this.nullable = true; }
  get isNullObject(): boolean { return this.read("isNullObject"); }
  get address(): string { return this.read("address"); }
  get areaCount(): number { return this.read("areaCount"); }
  protected snapshot(p: string): unknown {
    const areas = this.areas();
    if (p === "isNullObject") return areas.length === 0;
    if (p === "areaCount") return areas.length;
    if (p === "address") return areas.map((x) => `${quotedSheet(this.sheet().name)}!${addrOf(x)}`).join(", "); // as Excel writes it: "Sheet1!A1:B4, Sheet1!D1:D4"
    throw new FakeExcelError("InvalidArgument", `RangeAreas has no property ${p}`);
  }
}

/** Excel quotes a sheet name holding anything but letters (of any script), digits, _ and . or starting otherwise. */
const quotedSheet = (name: string): string => (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

export class Range extends ClientObject {
  format: RangeFormat;
  conditionalFormats: ConditionalFormats;
  dataValidation: { rule: any; errorAlert: any };
  private box: Rect | null | undefined;
  /**
   * `locate` says where the range is (null: a null object) when the batch first needs it, as Excel resolves a
   * range when the command using it runs; `nullable` marks the results of ...OrNullObject methods.
   */
  constructor(ctx: Ctx, readonly workbook: FakeWorkbookState, private getSheet: () => FakeSheet | undefined, private locate: () => Rect | null, nullable = false) {
    super(ctx);
    this.nullable = nullable;
    this.format = new RangeFormat(this);
    this.conditionalFormats = new ConditionalFormats(this);
    const self = this;
    // Like Excel, the alert belongs to the range's validation: set after the rule, it joins that rule.
    this.dataValidation = {
      set rule(v: any) { self.ctx.queue(v, () => self.sheetState().validations.push({ address: self.addressLocal(), rule: v })); },
      get rule() { return undefined; },
      set errorAlert(a: any) {
        self.ctx.queue(a, () => {
          const own = self.sheetState().validations.filter((x) => x.address === self.addressLocal()).pop();
          if (!own) throw new FakeExcelError("InvalidArgument", "An error alert needs a validation rule on the range.");
          own.errorAlert = a;
        });
      },
      get errorAlert() { return undefined; },
    };
  }
  /** Where the range is; one outside the grid fails the batch (InvalidArgument), as in Excel. */
  private where(): Rect | null {
    if (this.box === undefined) {
      const b = this.locate();
      if (b && !inGrid(b)) throw new FakeExcelError("InvalidArgument", "The range is outside the bounds of the worksheet grid.");
      this.box = b;
    }
    return this.box;
  }
  rect(): Rect {
    const b = this.where();
    if (!b) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist (null range).");
    return b;
  }
  sheetState(): FakeSheet {
    const s = this.getSheet();
    if (!s) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    return s;
  }
  addressLocal(): string { return addrOf(this.rect()); }
  each(fn: (r: number, c: number, s: FakeSheet) => void): void {
    const s = this.sheetState();
    const b = this.rect();
    for (let i = 0; i < b.rows; i++) for (let j = 0; j < b.cols; j++) fn(b.r + i, b.c + j, s);
  }
  eachCol(fn: (c: number, s: FakeSheet) => void): void { const s = this.sheetState(); const b = this.rect(); for (let j = 0; j < b.cols; j++) fn(b.c + j, s); }
  /** A range of the same sheet placed relative to this one when the batch needs it. */
  private derived(f: (b: Rect) => Rect | null, nullable = false): Range {
    return new Range(this.ctx, this.workbook, this.getSheet, () => f(this.rect()), nullable);
  }
  private grid(v: unknown, what: string): unknown[][] {
    const b = this.rect();
    if (!Array.isArray(v) || v.length !== b.rows || v.some((row) => !Array.isArray(row) || row.length !== b.cols)) {
      throw new FakeExcelError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what} for ${addrOf(b)}).`);
    }
    return v as unknown[][];
  }
  private write(v: unknown, what: string, apply: (s: FakeSheet, r: number, c: number, x: unknown) => void): void {
    this.ctx.queue(v, () => {
      const g = this.grid(v, what);
      const b = this.rect();
      this.each((r, c, s) => apply(s, r, c, g[r - b.r]![c - b.c]));
      this.expandTables(g);
    }, what);
  }
  /** Values written into the row right below a table, in its columns, make the table take that row (Excel's auto-expansion). */
  private expandTables(g: unknown[][]): void {
    const s = this.sheetState();
    const b = this.rect();
    for (const t of s.tables) {
      if (b.r !== t.top + t.rows + 1 || b.c + b.cols <= t.left || b.c >= t.left + t.cols) continue;
      if (g.some((row) => row.some((x) => x !== null && x !== undefined && x !== ""))) t.rows += b.rows;
    }
  }
  set values(v: any[][]) { this.write(v, "values", (s, r, c, x) => writeCell(this.workbook, s, r, c, x)); }
  get values(): any[][] { return this.read("values"); }
  set formulas(v: any[][]) { this.write(v, "formulas", (s, r, c, x) => writeCell(this.workbook, s, r, c, x)); }
  get formulas(): any[][] { return this.read("formulas"); }
  set numberFormat(v: any[][]) {
    this.ctx.queue(v, () => {
      const g = this.grid(v, "numberFormat");
      const b = this.rect();
      this.each((r, c, s) => { const x = g[r - b.r]![c - b.c]; if (x !== null && x !== undefined) s.cell(r, c).numberFormat = x === "" ? "General" : String(x); });
    });
  }
  get numberFormat(): any[][] { return this.read("numberFormat"); }
  get isNullObject(): boolean { return this.read("isNullObject"); }
  get address(): string { return this.read("address"); }
  get rowCount(): number { return this.read("rowCount"); }
  get columnCount(): number { return this.read("columnCount"); }
  get rowIndex(): number { return this.read("rowIndex"); }
  get columnIndex(): number { return this.read("columnIndex"); }
  get worksheet(): Worksheet { return this.child("worksheet", () => new Worksheet(this.ctx, this.workbook, this.getSheet)); }
  protected override navigation(name: string): ClientObject | undefined { return name === "worksheet" ? this.worksheet : undefined; }
  override defaultProps(): string[] { return ["values", "formulas", "numberFormat", "address", "rowCount", "columnCount", "rowIndex", "columnIndex"]; }
  protected snapshot(p: string): unknown {
    if (p === "isNullObject") return this.where() === null;
    if (this.nullable && this.where() === null) return null;
    const s = this.sheetState();
    const b = this.rect();
    const cells = (f: (cell: Cell | undefined) => unknown) => {
      if (b.rows * b.cols > READ_CELL_LIMIT) throw new FakeExcelError("RangeExceedsLimit", `The cell count in the range (${b.rows * b.cols}) has exceeded the maximum supported number.`);
      return Array.from({ length: b.rows }, (_, i) => Array.from({ length: b.cols }, (_, j) => f(s.peek(b.r + i, b.c + j))));
    };
    switch (p) {
      // A formula's value is not computed by the fake: it reads as "".
      case "values": return cells((x) => x?.value ?? "");
      case "formulas": return cells((x) => x?.formula ?? x?.value ?? "");
      case "numberFormat": return cells((x) => x?.numberFormat ?? "General");
      case "address": return `${quotedSheet(s.name)}!${addrOf(b)}`;
      case "rowCount": return b.rows;
      case "columnCount": return b.cols;
      case "rowIndex": return b.r;
      case "columnIndex": return b.c;
      default: throw new FakeExcelError("InvalidArgument", `Range has no property ${p}`);
    }
  }
  /** A cell of the range, or beyond it so long as it stays in the grid. */
  getCell(i: number, j: number): Range { return this.derived((b) => ({ r: b.r + i, c: b.c + j, rows: 1, cols: 1 })); }
  getRow(i: number): Range { return this.derived((b) => ({ r: b.r + i, c: b.c, rows: 1, cols: b.cols })); }
  getColumn(j: number): Range { return this.derived((b) => ({ r: b.r, c: b.c + j, rows: b.rows, cols: 1 })); }
  getOffsetRange(dr: number, dc: number): Range { return this.derived((b) => ({ ...b, r: b.r + dr, c: b.c + dc })); }
  getResizedRange(dr: number, dc: number): Range { return this.derived((b) => ({ ...b, rows: b.rows + dr, cols: b.cols + dc })); }
  /** The cells this range shares with `other`, or a null object when there are none. */
  getIntersectionOrNullObject(other: Range): Range { return this.ctx.orNull(this.derived((b) => intersection(b, other.rect()), true)); }
  /** Cells holding constants (typed values, no formula), as areas of single columns; a null object when none. */
  getSpecialCellsOrNullObject(type: string): RangeAreas {
    if (type !== "Constants") throw new FakeExcelError("InvalidArgument", `the fake models special cells of type Constants only, not ${type}`);
    const areas = (): Rect[] => {
      const s = this.sheetState();
      const b = this.rect();
      const out: Rect[] = [];
      for (let j = 0; j < b.cols; j++) {
        let run: Rect | null = null;
        for (let i = 0; i < b.rows; i++) {
          const cell = s.peek(b.r + i, b.c + j);
          const constant = cell !== undefined && cell.formula === null && cell.value !== "";
          if (constant && run) run.rows++;
          else if (constant) out.push((run = { r: b.r + i, c: b.c + j, rows: 1, cols: 1 }));
          else run = null;
        }
      }
      return out;
    };
    return this.ctx.orNull(new RangeAreas(this.ctx, () => this.sheetState(), areas));
  }
  /** Copies formulas (relative references shifted), values or formats, tiling the source over this range, as paste does. */
  copyFrom(source: Range | string, copyType: string = "All"): void {
    const src = typeof source === "string" ? new Range(this.ctx, this.workbook, this.getSheet, () => parseAddress(source)) : source;
    this.ctx.queue([typeof source === "string" ? source : "range", copyType], () => {
      const from = src.rect(), to = this.rect();
      if (to.rows % from.rows !== 0 || to.cols % from.cols !== 0) throw new FakeExcelError("InvalidArgument", "copyFrom: destination is not a multiple of the source");
      const ss = src.sheetState();
      this.each((r, c, s) => {
        const sr = from.r + ((r - to.r) % from.rows), sc = from.c + ((c - to.c) % from.cols);
        const a = ss.peek(sr, sc);
        const b = s.cell(r, c);
        if (copyType === "Formulas" || copyType === "All") {
          b.formula = a?.formula ? shiftFormula(a.formula, r - sr, c - sc) : null;
          b.value = a?.formula ? "" : a?.value ?? "";
        }
        if (copyType === "Values") { b.formula = null; b.value = a?.value ?? ""; }
        if (copyType === "Formats" || copyType === "All") {
          b.numberFormat = a?.numberFormat ?? "General";
          b.fill = a?.fill;
          b.fontColor = a?.fontColor;
          b.bold = a?.bold;
        }
      });
    });
  }
  /** Inserts blank cells in place of this range, shifting the others down or right (Range.insert). */
  insert(shift: string): Range {
    this.ctx.queue(["insert", shift], () => {
      const b = this.rect();
      const s = this.sheetState();
      if (shift === "Down") insertRows(s, b.r, b.c, b.cols, b.rows);
      else if (shift === "Right") insertColumns(s, b.c, b.r, b.rows, b.cols);
      else throw new FakeExcelError("InvalidArgument", `insert: unknown shift ${shift}`);
    });
    return this;
  }
  clear(): void { this.ctx.queue("clear", () => this.each((r, c, s) => s.cells.delete(`${r},${c}`))); }
}

class CustomProperty extends ClientObject {
  constructor(ctx: Ctx, private sheet: () => FakeSheet | undefined, private key: string) { super(ctx); this.nullable = true; }
  get isNullObject(): boolean { return this.read("isNullObject"); }
  get value(): string { return this.read("value"); }
  override defaultProps(): string[] { return ["value", "key"]; }
  protected snapshot(p: string): unknown {
    const v = this.sheet()?.customProperties.get(this.key);
    return p === "isNullObject" ? v === undefined : p === "key" ? this.key : v ?? null;
  }
  delete(): void {
    this.ctx.queue(["property.delete", this.key], () => {
      const s = this.sheet();
      if (!s?.customProperties.has(this.key)) throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist: custom property ${this.key}.`);
      s.customProperties.delete(this.key);
    });
  }
}

class Chart extends ClientObject {
  constructor(ctx: Ctx, private sheet: () => FakeSheet, private rec: ChartRecord) { super(ctx); }
  get name(): string { return this.read("name"); }
  override defaultProps(): string[] { return ["name"]; }
  protected snapshot(p: string): unknown { if (p === "name") return this.rec.name ?? ""; throw new FakeExcelError("InvalidArgument", `Chart has no property ${p}`); }
  delete(): void {
    this.ctx.queue("chart.delete", () => {
      const s = this.sheet();
      if (!s.charts.includes(this.rec)) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist: chart.");
      s.charts = s.charts.filter((x) => x !== this.rec);
    });
  }
}

class Charts extends Collection<Chart> {
  constructor(ctx: Ctx, private sheet: () => FakeSheet) { super(ctx); }
  protected current(): Chart[] { const s = this.sheet(); return s.charts.map((c) => new Chart(this.ctx, () => s, c)); }
  add(type: string, source: Range, seriesBy = "Auto"): any {
    const rec: ChartRecord = { type, source: "", seriesBy };
    const ctx = this.ctx;
    ctx.queue(rec, () => {
      rec.source = source.addressLocal();
      this.sheet().charts.push(rec);
    });
    return {
      title: { set text(v: string) { ctx.queue(v, () => (rec.title = v)); } },
      set name(v: string) { ctx.queue(v, () => (rec.name = v)); },
      setPosition: () => undefined,
      axes: { valueAxis: {} },
    };
  }
}

class Worksheet extends ClientObject {
  freezePanes: any;
  customProperties: any;
  constructor(ctx: Ctx, private wb: FakeWorkbookState, private getSheet: () => FakeSheet | undefined, private missing = false) {
    super(ctx);
    this.nullable = true;
    const self = this;
    this.freezePanes = { freezeRows: (n: number) => ctx.queue(n, () => (self.state().frozenRows = n)) };
    this.customProperties = {
      // Adding a key that exists replaces its value (WorksheetCustomPropertyCollection.add).
      add: (key: string, value: string) => ctx.queue([key, value], () => self.state().customProperties.set(key, value), "customProperties.add"),
      getItemOrNullObject: (key: string) => ctx.orNull(new CustomProperty(ctx, () => self.getSheet(), key)),
      getItem: (key: string) => {
        ctx.queue(key, () => { if (!self.state().customProperties.has(key)) throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist: custom property ${key}.`); });
        return new CustomProperty(ctx, () => self.getSheet(), key);
      },
    };
  }
  get tables(): SheetTables { return this.child("tables", () => new SheetTables(this.ctx, this.wb, () => this.state())); }
  get charts(): Charts { return this.child("charts", () => new Charts(this.ctx, () => this.state())); }
  protected override navigation(name: string): ClientObject | undefined { return name === "tables" ? this.tables : name === "charts" ? this.charts : undefined; }
  state(): FakeSheet {
    const s = this.getSheet();
    if (!s) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    return s;
  }
  get isNullObject(): boolean { return this.read("isNullObject"); }
  get name(): string { return this.read("name"); }
  set name(v: string) {
    this.ctx.queue(v, () => {
      const s = this.state();
      const problem = sheetNameProblem(v, this.wb.sheets.filter((x) => x !== s).map((x) => x.name));
      if (problem) throw new FakeExcelError(problem === "another sheet has it" ? "ItemAlreadyExists" : "InvalidArgument", `Invalid worksheet name '${v}': ${problem}.`);
      s.name = v;
    });
  }
  get id(): string { return this.read("id"); }
  get position(): number { return this.read("position"); }
  override defaultProps(): string[] { return ["name", "id", "position"]; }
  protected snapshot(p: string): unknown {
    if (p === "isNullObject") return this.missing || !this.getSheet();
    const s = this.getSheet();
    if (!s) return undefined;
    return (s as any)[p];
  }
  private range(x: () => Rect): Range { return new Range(this.ctx, this.wb, this.getSheet, x); }
  getRange(a?: string): Range { return this.range(() => (a ? parseAddress(a) : { r: 0, c: 0, rows: GRID_ROWS, cols: GRID_COLUMNS })); }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): Range { return this.range(() => ({ r, c, rows, cols })); }
  /** The smallest range holding every cell with a value or formula (valuesOnly); a null object on an empty sheet. */
  getUsedRangeOrNullObject(_valuesOnly = false): Range {
    const used = (): Rect | null => {
      const s = this.state();
      let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
      for (const [k, cell] of s.cells) {
        if (cell.value === "" && cell.formula === null) continue;
        const [r, c] = k.split(",").map(Number) as [number, number];
        r0 = Math.min(r0, r); c0 = Math.min(c0, c); r1 = Math.max(r1, r); c1 = Math.max(c1, c);
      }
      return r1 < 0 ? null : { r: r0, c: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
    };
    return this.ctx.orNull(new Range(this.ctx, this.wb, this.getSheet, used, true));
  }
  activate(): void { /* selection is not modelled beyond highlight */ }
  delete(): void {
    this.ctx.queue("delete", () => {
      const s = this.state();
      this.wb.sheets = this.wb.sheets.filter((x) => x !== s);
    });
  }
}

class TableColumn extends ClientObject {
  constructor(ctx: Ctx, private t: FakeTableState, private index: number) { super(ctx); }
  get name(): string { return this.read("name"); }
  override defaultProps(): string[] { return ["name", "index"]; }
  protected snapshot(p: string): unknown {
    if (p === "name") return String(this.t.sheet.peek(this.t.top, this.t.left + this.index)?.value ?? "");
    if (p === "index") return this.index;
    throw new FakeExcelError("InvalidArgument", `TableColumn has no property ${p}`);
  }
}

class TableColumns extends Collection<TableColumn> {
  constructor(ctx: Ctx, private wb: FakeWorkbookState, private table: () => FakeTableState) { super(ctx); }
  protected current(): TableColumn[] { const t = this.table(); return Array.from({ length: t.cols }, (_, j) => new TableColumn(this.ctx, t, j)); }
  get count(): number { return this.read("count"); }
  protected override snapshot(p: string): unknown { if (p === "count") return this.table().cols; return super.snapshot(p); }
  /** Appends a column; the cells beside the table become its column (undocumented in Excel: the worst case). */
  add(index: number | null | undefined, values: any[][] | null | undefined, name?: string): void {
    this.ctx.queue([index, values, name], () => {
      const t = this.table();
      if (index !== null && index !== undefined && index !== -1 && index !== t.cols) throw new FakeExcelError("InvalidArgument", "the fake appends columns only");
      const c = t.left + t.cols;
      t.cols++;
      if (values) {
        if (values.length !== t.rows + 1) throw new FakeExcelError("InvalidArgument", "the column values do not match the table's rows");
        values.forEach((row, i) => writeCell(this.wb, t.sheet, t.top + i, c, row[0]));
      }
      if (name !== undefined && name !== null) t.sheet.cell(t.top, c).value = name;
      if (t.sheet.cell(t.top, c).value === "") t.sheet.cell(t.top, c).value = `Column${t.cols}`;
    });
  }
}

class TableRows extends ClientObject {
  constructor(ctx: Ctx, private wb: FakeWorkbookState, private table: () => FakeTableState) { super(ctx); }
  get count(): number { return this.read("count"); }
  protected snapshot(p: string): unknown { if (p === "count") return this.table().rows; throw new FakeExcelError("InvalidArgument", `TableRowCollection has no property ${p}`); }
  /**
   * Inserts rows at the table's end ("Any rows below the inserted row are shifted downwards"; alwaysInsert
   * defaults to true, TableRowCollection.add): the cells below the table's columns move down.
   */
  add(index: number | null | undefined, values: any[][]): void {
    this.ctx.queue(values, () => {
      const t = this.table();
      if (index !== null && index !== undefined && index !== -1 && index !== t.rows) throw new FakeExcelError("InvalidArgument", "the fake appends rows only");
      if (!Array.isArray(values) || values.some((row) => !Array.isArray(row) || row.length !== t.cols)) {
        throw new FakeExcelError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
      }
      const at = t.top + 1 + t.rows;
      insertRows(t.sheet, at, t.left, t.cols, values.length, t);
      values.forEach((row, i) => row.forEach((x, j) => writeCell(this.wb, t.sheet, at + i, t.left + j, x)));
      // Calculated columns fill the new rows as Excel does.
      for (let j = 0; j < t.cols; j++) {
        const above = t.rows > 0 ? t.sheet.peek(t.top + t.rows, t.left + j) : undefined;
        if (above?.formula && /\[@/.test(above.formula)) {
          for (let i = 0; i < values.length; i++) {
            const cell = t.sheet.cell(at + i, t.left + j);
            if (cell.formula === null && cell.value === "") cell.formula = above.formula;
          }
        }
      }
      t.rows += values.length;
    }, "rows.add");
  }
}

class Table extends ClientObject {
  constructor(ctx: Ctx, private wb: FakeWorkbookState, private getT: () => FakeTableState | undefined) {
    super(ctx);
    this.nullable = true;
  }
  get rows(): TableRows { return this.child("rows", () => new TableRows(this.ctx, this.wb, () => this.state())); }
  get columns(): TableColumns { return this.child("columns", () => new TableColumns(this.ctx, this.wb, () => this.state())); }
  get worksheet(): Worksheet { return this.child("worksheet", () => new Worksheet(this.ctx, this.wb, () => this.getT()?.sheet)); }
  protected override navigation(name: string): ClientObject | undefined {
    return name === "worksheet" ? this.worksheet : name === "columns" ? this.columns : name === "rows" ? this.rows : undefined;
  }
  state(): FakeTableState {
    const t = this.getT();
    if (!t) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    return t;
  }
  get isNullObject(): boolean { return this.read("isNullObject"); }
  get name(): string { return this.read("name"); }
  get id(): string { return this.read("id"); }
  set name(v: string) {
    this.ctx.queue(v, () => {
      const t = this.state();
      const problem = tableNameProblem(v, [...this.wb.tables().filter((x) => x !== t).map((x) => x.name), ...this.wb.names]);
      if (problem) throw new FakeExcelError(problem.startsWith("another") ? "ItemAlreadyExists" : "InvalidArgument", `Invalid table name '${v}': ${problem}.`);
      t.name = v;
    });
  }
  set style(_v: string) { /* accepted */ }
  override defaultProps(): string[] { return ["name", "id"]; }
  protected snapshot(p: string): unknown { return p === "isNullObject" ? !this.getT() : (this.getT() as any)?.[p]; }
  getHeaderRowRange(): Range { return this.lazyRange((t) => ({ r: t.top, c: t.left, rows: 1, cols: t.cols })); }
  getDataBodyRange(): Range { return this.lazyRange((t) => ({ r: t.top + 1, c: t.left, rows: Math.max(1, t.rows), cols: t.cols })); }
  getRange(): Range { return this.lazyRange((t) => ({ r: t.top, c: t.left, rows: t.rows + 1, cols: t.cols })); }
  /** A range of the table, placed when the batch first uses it. */
  private lazyRange(f: (t: FakeTableState) => Rect): Range {
    return new Range(this.ctx, this.wb, () => this.getT()?.sheet, () => f(this.state()));
  }
}

/** A worksheet's tables: add() makes one over a range with headers. */
class SheetTables extends Collection<Table> {
  constructor(ctx: Ctx, private wb: FakeWorkbookState, private sheet: () => FakeSheet) { super(ctx); }
  protected current(): Table[] { return this.sheet().tables.map((t) => new Table(this.ctx, this.wb, () => t)); }
  add(address: Range | string, hasHeaders: boolean): Table {
    let made: FakeTableState | undefined;
    this.ctx.queue(["tables.add", typeof address === "string" ? address : "range"], () => {
      const s = this.sheet();
      const p = typeof address === "string" ? parseAddress(address) : address.rect();
      if (!hasHeaders) throw new FakeExcelError("InvalidArgument", "the fake supports tables with headers only");
      if (s.tables.some((t) => intersects(t.rect(), p))) throw new FakeExcelError("InvalidArgument", "A table can't overlap another table.");
      const taken = [...this.wb.tables().map((t) => t.name), ...this.wb.names];
      let n = 1;
      while (taken.some((x) => x.toLowerCase() === `table${n}`)) n++;
      made = new FakeTableState(`Table${n}`, s, p.r, p.c, p.rows - 1, p.cols, this.wb.newId());
      for (let j = 0; j < p.cols; j++) {
        const h = s.cell(p.r, p.c + j);
        if (h.value === "") h.value = `Column${j + 1}`;
      }
      s.tables.push(made);
    }, "tables.add");
    return new Table(this.ctx, this.wb, () => made);
  }
}

class Worksheets extends Collection<Worksheet> {
  constructor(ctx: Ctx, private wb: FakeWorkbookState) { super(ctx); }
  protected current(): Worksheet[] { return this.wb.sheets.map((s) => new Worksheet(this.ctx, this.wb, () => s)); }
  add(name?: string): Worksheet {
    let made: FakeSheet | undefined;
    this.ctx.queue(name, () => {
      let n = this.wb.sheets.length + 1;
      while (!name && this.wb.sheet(`Sheet${n}`)) n++;
      made = this.wb.addSheet(name ?? `Sheet${n}`);
    }, "worksheets.add");
    return new Worksheet(this.ctx, this.wb, () => made);
  }
  getItem(name: string): Worksheet {
    this.ctx.queue(name, () => { if (!this.wb.sheet(name)) throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist: worksheet '${name}'.`); });
    return new Worksheet(this.ctx, this.wb, () => this.wb.sheet(name));
  }
  getItemOrNullObject(name: string): Worksheet {
    return this.ctx.orNull(new Worksheet(this.ctx, this.wb, () => this.wb.sheet(name)));
  }
}

class Tables extends Collection<Table> {
  constructor(ctx: Ctx, private wb: FakeWorkbookState) { super(ctx); }
  protected current(): Table[] { return this.wb.tables().map((t) => new Table(this.ctx, this.wb, () => t)); }
  private find(key: string): FakeTableState | undefined {
    return this.wb.tables().find((t) => t.name.toLowerCase() === key.toLowerCase() || t.id === key);
  }
  /** By name or by id, as Excel's TableCollection.getItem. */
  getItemOrNullObject(key: string): Table { return this.ctx.orNull(new Table(this.ctx, this.wb, () => this.find(key))); }
  getItem(key: string): Table {
    this.ctx.queue(key, () => { if (!this.find(key)) throw new FakeExcelError("ItemNotFound", `table ${key}`); });
    return new Table(this.ctx, this.wb, () => this.find(key));
  }
}

class NamedItem extends ClientObject {
  constructor(ctx: Ctx, private name_: string) { super(ctx); }
  get name(): string { return this.read("name"); }
  override defaultProps(): string[] { return ["name"]; }
  protected snapshot(p: string): unknown { if (p === "name") return this.name_; throw new FakeExcelError("InvalidArgument", `NamedItem has no property ${p}`); }
}

class Names extends Collection<NamedItem> {
  constructor(ctx: Ctx, private wb: FakeWorkbookState) { super(ctx); }
  protected current(): NamedItem[] { return this.wb.names.map((n) => new NamedItem(this.ctx, n)); }
}

export class FakeRequestContext {
  workbook: any;
  application: any;
  readonly state: FakeWorkbookState;
  private c: Ctx;
  constructor(state: FakeWorkbookState, statsSink: Stats, private delayForCellEdit = false) {
    this.state = state;
    this.c = new Ctx();
    this.c.stats = statsSink;
    const ctx = this.c;
    this.workbook = {
      worksheets: new Worksheets(ctx, state),
      tables: new Tables(ctx, state),
      names: new Names(ctx, state),
      getSelectedRange: () => {
        const sel = state.selection;
        if (!sel) throw new FakeExcelError("ItemNotFound", "no selection");
        return new Range(ctx, state, () => sel.sheet, () => parseAddress(sel.address));
      },
    };
    this.application = { suspendApiCalculationUntilNextSync: () => ctx.queue("suspend", () => void ctx.stats.calcSuspended++) };
  }
  private syncsHere = 0;
  hasPending(): boolean { return this.c.commands.length > 0; }
  async sync(): Promise<void> {
    const c = this.c;
    c.stats.syncs++;
    this.state.beforeSync?.(++this.syncsHere);
    const commands = c.commands;
    c.commands = [];
    const bytesOut = c.pendingBytes;
    c.pendingBytes = 0;
    c.stats.payloadBytes.push(bytesOut);
    c.stats.maxPayload = Math.max(c.stats.maxPayload, bytesOut);
    if (bytesOut > PAYLOAD_LIMIT) throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `The request payload size (${bytesOut} bytes) has exceeded the limit.`);
    // With delayForCellEdit Excel waits for the user to leave the cell; without, the batch fails.
    if (this.state.editingCell && !this.delayForCellEdit) throw new FakeExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    // Commands run in order; the first that fails stops the batch. Loads answer as of their place in it.
    let bytesIn = 0;
    for (const command of commands) {
      if (command.kind === "run") {
        if (command.label) this.state.beforeCommand?.(command.label);
        command.apply();
      }
      else {
        command.obj.resolve(command.props);
        bytesIn += bytes(command.obj.project(command.props));
      }
    }
    c.stats.responseBytes.push(bytesIn);
    if (bytesIn > PAYLOAD_LIMIT) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `The response payload size (${bytesIn} bytes) has exceeded the limit.`);
  }
}

export interface FakeExcelHost {
  state: FakeWorkbookState;
  stats: Stats;
  /** Syncs of the most recent Excel.run. */
  lastRunSyncs: () => number;
  /** The options of every Excel.run so far. */
  runOptions: ({ delayForCellEdit?: boolean } | undefined)[];
  uninstall: () => void;
}

/** Installs `globalThis.Excel` (run, enums) backed by an in-memory workbook; returns the state for assertions. */
export function installFakeExcel(state: FakeWorkbookState = new FakeWorkbookState()): FakeExcelHost {
  const stats: Stats = { syncs: 0, payloadBytes: [], responseBytes: [], maxPayload: 0, calcSuspended: 0 };
  let runStart = 0;
  const runOptions: FakeExcelHost["runOptions"] = [];
  const g = globalThis as any;
  const previous = g.Excel;
  g.Excel = {
    // Excel.run(batch) or Excel.run(options, batch).
    run: async <T>(a: any, b?: (ctx: FakeRequestContext) => Promise<T>): Promise<T> => {
      const options = typeof a === "function" ? undefined : (a as { delayForCellEdit?: boolean });
      const cb = (typeof a === "function" ? a : b) as (ctx: FakeRequestContext) => Promise<T>;
      runOptions.push(options);
      runStart = stats.syncs;
      const ctx = new FakeRequestContext(state, stats, options?.delayForCellEdit === true);
      const result = await cb(ctx);
      // Commands queued after the caller's last sync are flushed by Excel.run: that is one more round trip.
      if (ctx.hasPending()) await ctx.sync();
      return result;
    },
    ConditionalFormatType: { custom: "Custom", dataBar: "DataBar", iconSet: "IconSet", cellValue: "CellValue" },
    ChartType: { barClustered: "BarClustered", columnClustered: "ColumnClustered" },
    ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
    RangeCopyType: { all: "All", formulas: "Formulas", values: "Values", formats: "Formats" },
    ConditionalFormatRuleType: { number: "Number", percent: "Percent", formula: "Formula", lowestValue: "LowestValue", highestValue: "HighestValue" },
    IconSet: { threeSymbols: "ThreeSymbols", threeFlags: "ThreeFlags" },
    DataValidationType: { list: "List", wholeNumber: "WholeNumber", decimal: "Decimal" },
    InsertShiftDirection: { down: "Down", right: "Right" },
    SpecialCellType: { constants: "Constants", formulas: "Formulas", blanks: "Blanks", visible: "Visible" },
    ErrorCodes: {
      itemNotFound: "ItemNotFound", itemAlreadyExists: "ItemAlreadyExists", invalidArgument: "InvalidArgument",
      insertDeleteConflict: "InsertDeleteConflict", nonBlankCellOffSheet: "NonBlankCellOffSheet",
      invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
      requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded", responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    },
  };
  return {
    state,
    stats,
    lastRunSyncs: () => stats.syncs - runStart,
    runOptions,
    uninstall: () => { g.Excel = previous; },
  };
}
