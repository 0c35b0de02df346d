// A faithful in-memory fake of the Excel JavaScript API subset the add-in uses. Like Excel: property reads need
// load() + sync() (else PropertyNotLoaded), missing items and ranges outside the 1,048,576 × 16,384 grid fail at
// sync (ItemNotFound, InvalidArgument), 2-D writes must match the range size, strings written as values that
// start with "=" become formulas, sheet and table names follow Excel's rules, `clearAll` clears conditional
// formats from every cell of the range, and each sync's request and response are limited to 5 MB as in Excel on
// the web (RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded). It counts syncs and payload
// bytes. Plain TypeScript without Node APIs: browser tests install it as the page's Excel host.
/* eslint-disable @typescript-eslint/no-explicit-any -- mirrors Office.js's loosely typed surface. */

/** Excel on the web's limit on each request and each response ("Resource limits … Excel add-ins"). */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Excel's grid. */
export const GRID_ROWS = 1_048_576;
export const GRID_COLUMNS = 16_384;
/** Excel's limit on the cells of one range read. */
export const READ_CELL_LIMIT = 5_000_000;

export class FakeExcelError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
  }
}

type Scalar = string | number | boolean;
interface Cell { value: Scalar; formula: string | null; numberFormat: string }

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

export interface Stats { syncs: number; payloadBytes: number[]; responseBytes: number[]; maxPayload: number; calcSuspended: number }

const encoder = new TextEncoder();
const bytes = (x: unknown): number => encoder.encode(JSON.stringify(x) ?? "").length;

// ---- A1 helpers ----------------------------------------------------------------------------------------
interface Rect { r: number; c: number; rows: number; cols: number }

export function colLetter(i: number): string {
  let n = i + 1, s = "";
  while (n > 0) { const r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); }
  return s;
}
function colIndex(l: string): number { let n = 0; for (const ch of l.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64; return n - 1; }

/** One area: A1, A1:B2, whole columns A:J or whole rows 3:5 (with or without $ and a sheet prefix). */
function parseAddress(a: string): Rect {
  const local = a.includes("!") ? a.slice(a.lastIndexOf("!") + 1) : a;
  const cells = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(local);
  if (cells) {
    const c1 = colIndex(cells[1]!), r1 = Number(cells[2]) - 1;
    const c2 = cells[3] ? colIndex(cells[3]) : c1, r2 = cells[4] ? Number(cells[4]) - 1 : r1;
    return { r: Math.min(r1, r2), c: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
  }
  const columns = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(local);
  if (columns) {
    const c1 = colIndex(columns[1]!), c2 = colIndex(columns[2]!);
    return { r: 0, c: Math.min(c1, c2), rows: GRID_ROWS, cols: Math.abs(c2 - c1) + 1 };
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(local);
  if (rows) {
    const r1 = Number(rows[1]) - 1, r2 = Number(rows[2]) - 1;
    return { r: Math.min(r1, r2), c: 0, rows: Math.abs(r2 - r1) + 1, cols: GRID_COLUMNS };
  }
  throw new FakeExcelError("InvalidArgument", `bad address ${a}`);
}
const parseAreas = (a: string): Rect[] => a.split(",").map(parseAddress);

/** An area as Excel writes it: A:J for whole columns, 3:5 for whole rows, else A1 or A1:B2. */
function addr(r: number, c: number, rows: number, cols: number): string {
  if (r === 0 && rows === GRID_ROWS) return `${colLetter(c)}:${colLetter(c + cols - 1)}`;
  if (c === 0 && cols === GRID_COLUMNS) return `${r + 1}:${r + rows}`;
  return rows === 1 && cols === 1 ? `${colLetter(c)}${r + 1}` : `${colLetter(c)}${r + 1}:${colLetter(c + cols - 1)}${r + rows}`;
}
const addrOf = (x: Rect): string => addr(x.r, x.c, x.rows, x.cols);

const inGrid = (x: Rect): boolean =>
  x.rows >= 1 && x.cols >= 1 && x.r >= 0 && x.c >= 0 && x.r + x.rows <= GRID_ROWS && x.c + x.cols <= GRID_COLUMNS;

/** Do two rectangles share a cell? */
function intersects(a: Rect, b: Rect): boolean {
  return a.r < b.r + b.rows && b.r < a.r + a.rows && a.c < b.c + b.cols && b.c < a.c + a.cols;
}

function intersection(a: Rect, b: Rect): Rect | null {
  if (!intersects(a, b)) return null;
  const r = Math.max(a.r, b.r), c = Math.max(a.c, b.c);
  return { r, c, rows: Math.min(a.r + a.rows, b.r + b.rows) - r, cols: Math.min(a.c + a.cols, b.c + b.cols) - c };
}

/** The cells of `a` outside `b`, as up to four rectangles (above, below, left, right). */
function subtract(a: Rect, b: Rect): Rect[] {
  const x = intersection(a, b);
  if (!x) return [a];
  const out: Rect[] = [];
  if (x.r > a.r) out.push({ r: a.r, c: a.c, rows: x.r - a.r, cols: a.cols });
  if (x.r + x.rows < a.r + a.rows) out.push({ r: x.r + x.rows, c: a.c, rows: a.r + a.rows - x.r - x.rows, cols: a.cols });
  if (x.c > a.c) out.push({ r: x.r, c: a.c, rows: x.rows, cols: x.c - a.c });
  if (x.c + x.cols < a.c + a.cols) out.push({ r: x.r, c: x.c + x.cols, rows: x.rows, cols: a.c + a.cols - x.c - x.cols });
  return out;
}

/** Shifts relative A1 references in a formula (outside string literals) as Excel's copy does. */
export function shiftFormula(f: string, dr: number, dc: number): string {
  return f.split(/("(?:[^"]|"")*")/).map((part, i) => (i % 2 ? part : part.replace(
    /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g,
    (_m, ac, col, ar, row) => `${ac}${ac ? col : colLetter(colIndex(col) + dc)}${ar}${ar ? row : Number(row) + dr}`,
  ))).join("");
}

// ---- Excel's naming rules ------------------------------------------------------------------------------
/** Is `name` a cell reference in A1 (B12, XFD1048576) or R1C1 (R1C1, R2, C3, RC) notation? */
function isCellReference(name: string): boolean {
  const a1 = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(name);
  if (a1 && colIndex(a1[1]!) < GRID_COLUMNS && Number(a1[2]) >= 1 && Number(a1[2]) <= GRID_ROWS) return true;
  return /^[Rr]\d*[Cc]\d*$/.test(name) || /^[Rr]\d*$/.test(name) || /^[Cc]\d*$/.test(name);
}

/**
 * Why Excel refuses a table name, or null: it starts with a letter, an underscore or a backslash, goes on with
 * letters, digits, periods and underscores (no spaces), has at most 255 characters, is not C, c, R or r nor a
 * cell reference, and no other table or defined name of the workbook has it (names compare case-insensitively).
 */
export function tableNameProblem(name: string, taken: readonly string[]): string | null {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return "it must start with a letter, an underscore or a backslash and hold only letters, digits, periods and underscores";
  if (name.length > 255) return "it has more than 255 characters";
  if (isCellReference(name)) return "it is a cell reference";
  if (taken.some((t) => t.toLowerCase() === name.toLowerCase())) return "another table or name of the workbook has it";
  return null;
}

/**
 * Why Excel refuses a worksheet name, or null: not blank, at most 31 characters, none of : \ / ? * [ ], not
 * starting or ending with an apostrophe, not the reserved History, unique in the workbook (case-insensitively).
 */
export function sheetNameProblem(name: string, taken: readonly string[]): string | null {
  if (name.trim() === "") return "it is blank";
  if (name.length > 31) return "it has more than 31 characters";
  if (/[:\\/?*[\]]/.test(name)) return "it contains one of : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "it starts or ends with an apostrophe";
  if (name.toLowerCase() === "history") return "History is reserved";
  if (taken.some((t) => t.toLowerCase() === name.toLowerCase())) return "another sheet has it";
  return null;
}

// ---- load/sync machinery -------------------------------------------------------------------------------
class Ctx {
  stats: Stats = { syncs: 0, payloadBytes: [], responseBytes: [], maxPayload: 0, calcSuspended: 0 };
  pendingBytes = 0;
  pendingErrors: FakeExcelError[] = [];
  loads: { obj: ClientObject; props: string[] }[] = [];
  queue(payload: unknown): void { this.pendingBytes += bytes(payload) + 32; }
  fail(code: string, message: string): void { this.pendingErrors.push(new FakeExcelError(code, message)); }
  /** Like Office.js, the next sync tells whether an ...OrNullObject result is null, loaded or not. */
  orNull<T extends ClientObject>(obj: T): T { this.loads.push({ obj, props: [] }); return obj; }
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
    this.ctx.loads.push({ obj: this, props: splitProps(props) ?? this.defaultProps() });
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
  bold = new Set<number>();
  tables: FakeTableState[] = [];
  cfs: CfRecord[] = [];
  validations: { address: string; rule: any }[] = [];
  charts: { type: string; source: string; seriesBy: string; title?: string; name?: string }[] = [];
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
}

export class FakeTableState {
  constructor(public name: string, public sheet: FakeSheet, public top: number, public left: number, public rows: number, public cols: number, public id: string) {}
  headers(): string[] { return Array.from({ length: this.cols }, (_, j) => String(this.sheet.peek(this.top, this.left + j)?.value ?? "")); }
}

export class FakeWorkbookState {
  sheets: FakeSheet[] = [];
  /** Defined names of the workbook (table names may not repeat them). */
  names: string[] = [];
  private nextId = 1;
  selection: { sheet: FakeSheet; address: string } | null = null;
  addSheet(name: string): FakeSheet {
    const problem = sheetNameProblem(name, this.sheets.map((s) => s.name));
    if (problem) throw new FakeExcelError(problem === "another sheet has it" ? "ItemAlreadyExists" : "InvalidArgument", `Invalid worksheet name '${name}': ${problem}.`);
    const s = new FakeSheet(`{${this.nextId++}}`, name, this.sheets.length);
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): FakeSheet | undefined { return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()); }
  tables(): FakeTableState[] { return this.sheets.flatMap((s) => s.tables); }
  newId(): string { return String(this.nextId++); }
}

// ---- API objects ---------------------------------------------------------------------------------------
class RangeFormat {
  font: { bold: boolean; color: string; italic: boolean };
  constructor(private range: Range) {
    const self = this;
    this.font = {
      set bold(v: boolean) { self.range.each((_r, c, s) => (v ? s.bold.add(c) : s.bold.delete(c))); },
      get bold() { return false; },
      color: "#000000",
      italic: false,
    };
  }
  set columnWidth(points: number) { this.range.ctx.queue(points); this.range.eachCol((c, s) => s.widths.set(c, points)); }
  set wrapText(v: boolean) { this.range.eachCol((c, s) => (v ? s.wrap.add(c) : s.wrap.delete(c))); }
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
  /** Removes the format; deleting one that no longer exists fails at sync, as in Excel. */
  delete(): void {
    this.ctx.queue(["cf.delete", this.rec.id]);
    if (!this.sheet.cfs.includes(this.rec)) {
      this.ctx.fail("ItemNotFound", "The requested resource doesn't exist: conditional format.");
      return;
    }
    this.sheet.cfs = this.sheet.cfs.filter((x) => x !== this.rec);
  }
}

/** Range.conditionalFormats: adding applies to the range; items are the formats active on any of its cells. */
class ConditionalFormats extends Collection<ConditionalFormatItem> {
  constructor(private range: Range) { super(range.ctx); }
  add(type: string): any {
    const rec: CfRecord = { id: `cf${nextCfId++}`, type: type === "Custom" ? "custom" : type === "DataBar" ? "dataBar" : type === "IconSet" ? "iconSet" : "cellValue", address: this.range.addressLocal() };
    this.range.ctx.queue(type);
    this.range.sheetState().cfs.push(rec);
    const fmt = {
      fill: { set color(v: string) { rec.fill = v; } },
      font: { set color(v: string) { rec.fontColor = v; }, set italic(v: boolean) { rec.italic = v; } },
    };
    return {
      custom: { rule: { set formula(f: string) { rec.formula = f; } }, format: fmt },
      dataBar: {
        positiveFormat: { set fillColor(v: string) { rec.barColor = v; }, set gradientFill(_v: boolean) {} },
        set lowerBoundRule(v: any) { rec.lowerBound = v; },
        set upperBoundRule(v: any) { rec.upperBound = v; },
      },
      iconSet: { set style(v: string) { rec.iconStyle = v; }, set criteria(v: any[]) { rec.criteria = v; } },
    };
  }
  get count(): number { return this.range.sheetState().cfs.length; }
  protected current(): ConditionalFormatItem[] {
    const s = this.range.sheetState();
    return s.cfs.filter((cf) => parseAreas(cf.address).some((x) => intersects(x, this.range))).map((cf) => new ConditionalFormatItem(this.ctx, s, cf));
  }
  /** Clears every conditional format from the cells of this range: formats reaching beyond it keep the rest. */
  clearAll(): void {
    const s = this.range.sheetState();
    this.range.ctx.queue("clearAll");
    s.cfs = s.cfs.flatMap((cf) => {
      const left = parseAreas(cf.address).flatMap((x) => subtract(x, this.range));
      if (left.length === 0) return [];
      cf.address = left.map(addrOf).join(",");
      return [cf];
    });
  }
}

export class Range extends ClientObject {
  format: RangeFormat;
  conditionalFormats: ConditionalFormats;
  dataValidation: { rule: any };
  /** `orNull`: made by an ...OrNullObject method, "null" when there is no such range. */
  constructor(ctx: Ctx, private wb: FakeWorkbookState, private getSheet: () => FakeSheet | undefined, readonly r: number, readonly c: number, readonly rows: number, readonly cols: number, private orNull: "no" | "null" | "present" = "no") {
    super(ctx);
    this.nullable = orNull !== "no";
    this.format = new RangeFormat(this);
    this.conditionalFormats = new ConditionalFormats(this);
    const self = this;
    this.dataValidation = {
      set rule(v: any) { self.ctx.queue(v); self.sheetState().validations.push({ address: self.addressLocal(), rule: v }); },
      get rule() { return undefined; },
    };
  }
  /** A range of the same sheet; one that leaves the grid fails at sync, as Excel does. */
  private at(r: number, c: number, rows: number, cols: number, what: string): Range {
    if (!inGrid({ r, c, rows, cols })) this.ctx.fail("InvalidArgument", `${what}: the resulting range is outside the bounds of the worksheet grid.`);
    return new Range(this.ctx, this.wb, this.getSheet, r, c, rows, cols);
  }
  sheetState(): FakeSheet {
    const s = this.getSheet();
    if (!s) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    return s;
  }
  addressLocal(): string { return addr(this.r, this.c, this.rows, this.cols); }
  each(fn: (r: number, c: number, s: FakeSheet) => void): void {
    const s = this.sheetState();
    for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.cols; j++) fn(this.r + i, this.c + j, s);
  }
  eachCol(fn: (c: number, s: FakeSheet) => void): void { const s = this.sheetState(); for (let j = 0; j < this.cols; j++) fn(this.c + j, s); }
  private grid(v: unknown, what: string): unknown[][] {
    if (!Array.isArray(v) || v.length !== this.rows || v.some((row) => !Array.isArray(row) || row.length !== this.cols)) {
      throw new FakeExcelError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what} for ${this.addressLocal()}).`);
    }
    return v as unknown[][];
  }
  private write(v: unknown, what: string, apply: (cell: Cell, x: any) => void): void {
    const g = this.grid(v, what);
    this.ctx.queue(g);
    this.each((r, c, s) => apply(s.cell(r, c), g[r - this.r]![c - this.c]));
  }
  set values(v: any[][]) {
    this.write(v, "values", (cell, x) => {
      if (typeof x === "string" && x.startsWith("=")) { cell.formula = x; cell.value = ""; }
      else { cell.formula = null; cell.value = x === null || x === undefined ? "" : x; }
    });
  }
  get values(): any[][] { return this.read("values"); }
  set formulas(v: any[][]) {
    this.write(v, "formulas", (cell, x) => {
      if (typeof x === "string" && x.startsWith("=")) { cell.formula = x; cell.value = ""; }
      else { cell.formula = null; cell.value = x === null || x === undefined ? "" : x; }
    });
  }
  get formulas(): any[][] { return this.read("formulas"); }
  set numberFormat(v: any[][]) { this.write(v, "numberFormat", (cell, x) => (cell.numberFormat = String(x))); }
  get numberFormat(): any[][] { return this.read("numberFormat"); }
  get isNullObject(): boolean { return this.read("isNullObject"); }
  get address(): string { return this.read("address"); }
  get rowCount(): number { return this.read("rowCount"); }
  get columnCount(): number { return this.read("columnCount"); }
  get rowIndex(): number { return this.read("rowIndex"); }
  get columnIndex(): number { return this.read("columnIndex"); }
  get worksheet(): Worksheet { return this.child("worksheet", () => new Worksheet(this.ctx, this.wb, this.getSheet)); }
  protected override navigation(name: string): ClientObject | undefined { return name === "worksheet" ? this.worksheet : undefined; }
  override defaultProps(): string[] { return ["values", "formulas", "numberFormat", "address", "rowCount", "columnCount", "rowIndex", "columnIndex"]; }
  protected snapshot(p: string): unknown {
    if (p === "isNullObject") return this.orNull === "null";
    if (this.orNull === "null") return null;
    const s = this.sheetState();
    const cells = (f: (cell: Cell | undefined) => unknown) => {
      if (this.rows * this.cols > READ_CELL_LIMIT) throw new FakeExcelError("RangeExceedsLimit", `The cell count in the range (${this.rows * this.cols}) has exceeded the maximum supported number.`);
      return Array.from({ length: this.rows }, (_, i) => Array.from({ length: this.cols }, (_, j) => f(s.peek(this.r + i, this.c + j))));
    };
    switch (p) {
      case "values": return cells((x) => x?.value ?? "");
      case "formulas": return cells((x) => x?.formula ?? x?.value ?? "");
      case "numberFormat": return cells((x) => x?.numberFormat ?? "General");
      // Excel quotes a sheet name holding anything but letters (of any script), digits, _ and . or starting otherwise.
      case "address": return `${/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(s.name) ? s.name : `'${s.name.replace(/'/g, "''")}'`}!${this.addressLocal()}`;
      case "rowCount": return this.rows;
      case "columnCount": return this.cols;
      case "rowIndex": return this.r;
      case "columnIndex": return this.c;
      default: throw new FakeExcelError("InvalidArgument", `Range has no property ${p}`);
    }
  }
  /** A cell of the range, or beyond it so long as it stays in the grid. */
  getCell(i: number, j: number): Range { return this.at(this.r + i, this.c + j, 1, 1, "getCell"); }
  getRow(i: number): Range { return this.at(this.r + i, this.c, 1, this.cols, "getRow"); }
  getColumn(j: number): Range { return this.at(this.r, this.c + j, this.rows, 1, "getColumn"); }
  getOffsetRange(dr: number, dc: number): Range { return this.at(this.r + dr, this.c + dc, this.rows, this.cols, "getOffsetRange"); }
  getResizedRange(dr: number, dc: number): Range { return this.at(this.r, this.c, this.rows + dr, this.cols + dc, "getResizedRange"); }
  /** The cells this range shares with `other`, or a null object when there are none. */
  getIntersectionOrNullObject(other: Range): Range {
    const x = intersection(this, other);
    return this.ctx.orNull(x ? new Range(this.ctx, this.wb, this.getSheet, x.r, x.c, x.rows, x.cols, "present") : new Range(this.ctx, this.wb, this.getSheet, 0, 0, 1, 1, "null"));
  }
  /** Copies formulas (relative references shifted), tiling the source over this range, as paste does. */
  copyFrom(source: Range | string, copyType: string = "All"): void {
    const src = typeof source === "string" ? new Range(this.ctx, this.wb, this.getSheet, ...(Object.values(parseAddress(source)) as [number, number, number, number])) : source;
    if (this.rows % src.rows !== 0 || this.cols % src.cols !== 0) throw new FakeExcelError("InvalidArgument", "copyFrom: destination is not a multiple of the source");
    this.ctx.queue([src.addressLocal(), copyType]);
    const ss = src.sheetState();
    this.each((r, c, s) => {
      const sr = src.r + ((r - this.r) % src.rows), sc = src.c + ((c - this.c) % src.cols);
      const from = ss.peek(sr, sc);
      const to = s.cell(r, c);
      if (copyType === "Formulas" || copyType === "All") {
        to.formula = from?.formula ? shiftFormula(from.formula, r - sr, c - sc) : null;
        to.value = from?.formula ? "" : from?.value ?? "";
      }
      if (copyType === "Formats" || copyType === "All") to.numberFormat = from?.numberFormat ?? "General";
    });
  }
  clear(): void { this.ctx.queue("clear"); this.each((r, c, s) => s.cells.delete(`${r},${c}`)); }
}

class CustomProperty extends ClientObject {
  constructor(ctx: Ctx, private get: () => string | undefined, private key: string) { super(ctx); this.nullable = true; }
  get isNullObject(): boolean { return this.read("isNullObject"); }
  get value(): string { return this.read("value"); }
  override defaultProps(): string[] { return ["value", "key"]; }
  protected snapshot(p: string): unknown { return p === "isNullObject" ? this.get() === undefined : p === "key" ? this.key : this.get() ?? null; }
}

class Worksheet extends ClientObject {
  freezePanes: any;
  customProperties: any;
  charts: any;
  constructor(ctx: Ctx, private wb: FakeWorkbookState, private getSheet: () => FakeSheet | undefined, private missing = false) {
    super(ctx);
    this.nullable = true;
    const self = this;
    this.freezePanes = { freezeRows: (n: number) => { self.state().frozenRows = n; ctx.queue(n); } };
    this.customProperties = {
      add: (key: string, value: string) => { self.state().customProperties.set(key, value); ctx.queue([key, value]); },
      getItemOrNullObject: (key: string) => ctx.orNull(new CustomProperty(ctx, () => self.getSheet()?.customProperties.get(key), key)),
    };
    this.charts = {
      add: (type: string, source: Range, seriesBy = "Auto") => {
        const rec: FakeSheet["charts"][number] = { type, source: source.addressLocal(), seriesBy };
        self.state().charts.push(rec);
        ctx.queue(rec);
        return { title: { set text(v: string) { rec.title = v; } }, set name(v: string) { rec.name = v; }, setPosition: () => undefined, axes: { valueAxis: {} } };
      },
    };
  }
  get tables(): SheetTables { return this.child("tables", () => new SheetTables(this.ctx, this.wb, () => this.state())); }
  protected override navigation(name: string): ClientObject | undefined { return name === "tables" ? this.tables : undefined; }
  state(): FakeSheet {
    const s = this.getSheet();
    if (!s) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    return s;
  }
  get isNullObject(): boolean { return this.read("isNullObject"); }
  get name(): string { return this.read("name"); }
  set name(v: string) {
    const s = this.state();
    const problem = sheetNameProblem(v, this.wb.sheets.filter((x) => x !== s).map((x) => x.name));
    if (problem) throw new FakeExcelError(problem === "another sheet has it" ? "ItemAlreadyExists" : "InvalidArgument", `Invalid worksheet name '${v}': ${problem}.`);
    s.name = v;
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
  private range(x: Rect, what: string): Range {
    if (!inGrid(x)) this.ctx.fail("InvalidArgument", `${what}: the range is outside the bounds of the worksheet grid.`);
    return new Range(this.ctx, this.wb, this.getSheet, x.r, x.c, x.rows, x.cols);
  }
  getRange(a?: string): Range { return this.range(a ? parseAddress(a) : { r: 0, c: 0, rows: GRID_ROWS, cols: GRID_COLUMNS }, "getRange"); }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): Range { return this.range({ r, c, rows, cols }, "getRangeByIndexes"); }
  /** The smallest range holding every cell with a value or formula (valuesOnly); a null object on an empty sheet. */
  getUsedRangeOrNullObject(_valuesOnly = false): Range {
    const s = this.state();
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    for (const [k, cell] of s.cells) {
      if (cell.value === "" && cell.formula === null) continue;
      const [r, c] = k.split(",").map(Number) as [number, number];
      r0 = Math.min(r0, r); c0 = Math.min(c0, c); r1 = Math.max(r1, r); c1 = Math.max(c1, c);
    }
    return this.ctx.orNull(r1 < 0 ? new Range(this.ctx, this.wb, this.getSheet, 0, 0, 1, 1, "null") : new Range(this.ctx, this.wb, this.getSheet, r0, c0, r1 - r0 + 1, c1 - c0 + 1, "present"));
  }
  activate(): void { /* selection is not modelled beyond highlight */ }
  delete(): void {
    const s = this.state();
    this.ctx.queue("delete");
    this.wb.sheets = this.wb.sheets.filter((x) => x !== s);
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
  add(index: number | null | undefined, values: any[][] | undefined, name?: string): void {
    const t = this.table();
    if (index !== null && index !== undefined && index !== t.cols) throw new FakeExcelError("InvalidArgument", "the fake appends columns only");
    const c = t.left + t.cols;
    t.cols++;
    if (values) new Range(this.ctx, this.wb, () => t.sheet, t.top, c, t.rows + 1, 1).values = values;
    if (name !== undefined) t.sheet.cell(t.top, c).value = name;
    if (t.sheet.cell(t.top, c).value === "") t.sheet.cell(t.top, c).value = `Column${t.cols}`;
  }
}

class TableRows extends ClientObject {
  constructor(ctx: Ctx, private wb: FakeWorkbookState, private table: () => FakeTableState) { super(ctx); }
  get count(): number { return this.read("count"); }
  protected snapshot(p: string): unknown { if (p === "count") return this.table().rows; throw new FakeExcelError("InvalidArgument", `TableRowCollection has no property ${p}`); }
  add(index: number | null | undefined, values: any[][]): void {
    const t = this.table();
    if (index !== null && index !== undefined && index !== t.rows) throw new FakeExcelError("InvalidArgument", "the fake appends rows only");
    const r = new Range(this.ctx, this.wb, () => t.sheet, t.top + 1 + t.rows, t.left, values.length, t.cols);
    r.values = values;
    // Calculated columns fill the new rows as Excel does.
    for (let j = 0; j < t.cols; j++) {
      const above = t.rows > 0 ? t.sheet.peek(t.top + t.rows, t.left + j) : undefined;
      if (above?.formula && /\[@/.test(above.formula)) {
        for (let i = 0; i < values.length; i++) {
          const cell = t.sheet.cell(t.top + 1 + t.rows + i, t.left + j);
          if (cell.formula === null && cell.value === "") cell.formula = above.formula;
        }
      }
    }
    t.rows += values.length;
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
    const t = this.state();
    const problem = tableNameProblem(v, [...this.wb.tables().filter((x) => x !== t).map((x) => x.name), ...this.wb.names]);
    if (problem) throw new FakeExcelError(problem.startsWith("another") ? "ItemAlreadyExists" : "InvalidArgument", `Invalid table name '${v}': ${problem}.`);
    this.ctx.queue(v);
    t.name = v;
  }
  set style(_v: string) { /* accepted */ }
  override defaultProps(): string[] { return ["name", "id"]; }
  protected snapshot(p: string): unknown { return p === "isNullObject" ? !this.getT() : (this.getT() as any)?.[p]; }
  getHeaderRowRange(): Range { return this.lazyRange((t) => [t.top, t.left, 1, t.cols]); }
  getDataBodyRange(): Range { return this.lazyRange((t) => [t.top + 1, t.left, Math.max(1, t.rows), t.cols]); }
  getRange(): Range { return this.lazyRange((t) => [t.top, t.left, t.rows + 1, t.cols]); }
  private lazyRange(f: (t: FakeTableState) => [number, number, number, number]): Range {
    const t = this.getT();
    if (!t) {
      // A null table's ranges are null too: reading them fails at sync like Excel.
      return new Range(this.ctx, this.wb, () => undefined, 0, 0, 1, 1);
    }
    return new Range(this.ctx, this.wb, () => t.sheet, ...f(t));
  }
}

/** A worksheet's tables: add() makes one over a range with headers. */
class SheetTables extends Collection<Table> {
  constructor(ctx: Ctx, private wb: FakeWorkbookState, private sheet: () => FakeSheet) { super(ctx); }
  protected current(): Table[] { return this.sheet().tables.map((t) => new Table(this.ctx, this.wb, () => t)); }
  add(address: Range | string, hasHeaders: boolean): Table {
    const s = this.sheet();
    const p = typeof address === "string" ? parseAddress(address) : { r: address.r, c: address.c, rows: address.rows, cols: address.cols };
    if (!hasHeaders) throw new FakeExcelError("InvalidArgument", "the fake supports tables with headers only");
    const taken = [...this.wb.tables().map((t) => t.name), ...this.wb.names];
    let n = 1;
    while (taken.some((x) => x.toLowerCase() === `table${n}`)) n++;
    const t = new FakeTableState(`Table${n}`, s, p.r, p.c, p.rows - 1, p.cols, this.wb.newId());
    for (let j = 0; j < p.cols; j++) {
      const h = s.cell(p.r, p.c + j);
      if (h.value === "") h.value = `Column${j + 1}`;
    }
    s.tables.push(t);
    this.ctx.queue(["tables.add", p]);
    return new Table(this.ctx, this.wb, () => t);
  }
}

class Worksheets extends Collection<Worksheet> {
  constructor(ctx: Ctx, private wb: FakeWorkbookState) { super(ctx); }
  protected current(): Worksheet[] { return this.wb.sheets.map((s) => new Worksheet(this.ctx, this.wb, () => s)); }
  add(name?: string): Worksheet {
    let n = this.wb.sheets.length + 1;
    while (!name && this.wb.sheet(`Sheet${n}`)) n++;
    const s = this.wb.addSheet(name ?? `Sheet${n}`);
    this.ctx.queue(name);
    return new Worksheet(this.ctx, this.wb, () => s);
  }
  getItem(name: string): Worksheet {
    const s = this.wb.sheet(name);
    if (!s) this.ctx.fail("ItemNotFound", `The requested resource doesn't exist: worksheet '${name}'.`);
    return new Worksheet(this.ctx, this.wb, () => s);
  }
  getItemOrNullObject(name: string): Worksheet {
    const s = this.wb.sheet(name);
    return this.ctx.orNull(new Worksheet(this.ctx, this.wb, () => s, !s));
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
    if (!this.find(key)) this.ctx.fail("ItemNotFound", `table ${key}`);
    return this.getItemOrNullObject(key);
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
  constructor(state: FakeWorkbookState, private statsSink: Stats) {
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
        const p = parseAddress(sel.address);
        return new Range(ctx, state, () => sel.sheet, p.r, p.c, p.rows, p.cols);
      },
    };
    this.application = { suspendApiCalculationUntilNextSync: () => { ctx.stats.calcSuspended++; ctx.queue("suspend"); } };
  }
  hasPending(): boolean { return this.c.pendingBytes > 0 || this.c.loads.length > 0 || this.c.pendingErrors.length > 0; }
  async sync(): Promise<void> {
    const c = this.c;
    c.stats.syncs++;
    const loads = c.loads;
    c.loads = [];
    const bytesOut = c.pendingBytes;
    c.pendingBytes = 0;
    const errors = c.pendingErrors;
    c.pendingErrors = [];
    c.stats.payloadBytes.push(bytesOut);
    c.stats.maxPayload = Math.max(c.stats.maxPayload, bytesOut);
    if (bytesOut > PAYLOAD_LIMIT) throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `The request payload size (${bytesOut} bytes) has exceeded the limit.`);
    if (errors.length) throw errors[0];
    // Everything loaded travels back in the response, which has the same 5 MB limit.
    let bytesIn = 0;
    for (const l of loads) {
      l.obj.resolve(l.props);
      bytesIn += bytes(l.obj.project(l.props));
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
  uninstall: () => void;
}

/** Installs `globalThis.Excel` (run, enums) backed by an in-memory workbook; returns the state for assertions. */
export function installFakeExcel(state: FakeWorkbookState = new FakeWorkbookState()): FakeExcelHost {
  const stats: Stats = { syncs: 0, payloadBytes: [], responseBytes: [], maxPayload: 0, calcSuspended: 0 };
  let runStart = 0;
  const g = globalThis as any;
  const previous = g.Excel;
  g.Excel = {
    run: async <T>(cb: (ctx: FakeRequestContext) => Promise<T>): Promise<T> => {
      runStart = stats.syncs;
      const ctx = new FakeRequestContext(state, stats);
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
    ErrorCodes: {
      itemNotFound: "ItemNotFound", itemAlreadyExists: "ItemAlreadyExists", invalidArgument: "InvalidArgument",
      requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded", responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    },
  };
  return {
    state,
    stats,
    lastRunSyncs: () => stats.syncs - runStart,
    uninstall: () => { g.Excel = previous; },
  };
}
