// A faithful in-memory fake of the Excel JavaScript API subset the renderer uses. Like Excel: property reads
// need load() + sync() (else PropertyNotLoaded), missing items fail at sync (ItemNotFound), 2-D writes must
// match the range size (InvalidArgument), strings written as values that start with "=" become formulas, and
// each sync's request payload is limited to 5 MB (RequestPayloadSizeLimitExceeded). It counts syncs and
// payload bytes. Plain TypeScript without Node APIs: browser tests install it as the page's Excel host.
/* eslint-disable @typescript-eslint/no-explicit-any -- mirrors Office.js's loosely typed surface. */

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

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
const bytes = (x: unknown): number => encoder.encode(JSON.stringify(x)).length;

// ---- A1 helpers ----------------------------------------------------------------------------------------
export function colLetter(i: number): string {
  let n = i + 1, s = "";
  while (n > 0) { const r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); }
  return s;
}
function colIndex(l: string): number { let n = 0; for (const ch of l.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64; return n - 1; }
function parseAddress(a: string): { r: number; c: number; rows: number; cols: number } {
  const local = a.includes("!") ? a.slice(a.lastIndexOf("!") + 1) : a;
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(local);
  if (!m) throw new FakeExcelError("InvalidArgument", `bad address ${a}`);
  const c1 = colIndex(m[1]!), r1 = Number(m[2]) - 1;
  const c2 = m[3] ? colIndex(m[3]) : c1, r2 = m[4] ? Number(m[4]) - 1 : r1;
  return { r: Math.min(r1, r2), c: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}
const addr = (r: number, c: number, rows: number, cols: number): string =>
  rows === 1 && cols === 1 ? `${colLetter(c)}${r + 1}` : `${colLetter(c)}${r + 1}:${colLetter(c + cols - 1)}${r + rows}`;

/** Shifts relative A1 references in a formula (outside string literals) as Excel's copy does. */
export function shiftFormula(f: string, dr: number, dc: number): string {
  return f.split(/("(?:[^"]|"")*")/).map((part, i) => (i % 2 ? part : part.replace(
    /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g,
    (_m, ac, col, ar, row) => `${ac}${ac ? col : colLetter(colIndex(col) + dc)}${ar}${ar ? row : Number(row) + dr}`,
  ))).join("");
}

// ---- load/sync machinery -------------------------------------------------------------------------------
class Ctx {
  stats: Stats = { syncs: 0, payloadBytes: [], responseBytes: [], maxPayload: 0, calcSuspended: 0 };
  pendingBytes = 0;
  pendingErrors: FakeExcelError[] = [];
  loads: { obj: ClientObject; props: string[] }[] = [];
  queue(payload: unknown): void { this.pendingBytes += bytes(payload) + 32; }
}

abstract class ClientObject {
  protected loaded = new Map<string, unknown>();
  constructor(public ctx: Ctx) {}
  /** Values a load may take: name → current value. */
  protected abstract snapshot(prop: string): unknown;
  load(props?: string | string[] | Record<string, unknown>): this {
    const list = props === undefined ? this.defaultProps() : typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : Object.keys(props);
    this.ctx.loads.push({ obj: this, props: list.map((p) => p.trim()).filter(Boolean) });
    return this;
  }
  protected defaultProps(): string[] { return []; }
  /** Called at sync. */
  resolve(props: string[]): void {
    for (const p of props) this.loaded.set(p, this.snapshot(p));
    // Like Office.js, any load of a ...OrNullObject result also tells whether it is null.
    if (this.nullable) this.loaded.set("isNullObject", this.snapshot("isNullObject"));
  }
  protected nullable = false;
  /** The loaded value without the not-loaded check (for payload accounting). */
  peekLoaded(prop: string): unknown { return this.loaded.get(prop); }
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeExcelError("PropertyNotLoaded", `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.loaded.get(prop) as T;
  }
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
}

export class FakeTableState {
  constructor(public name: string, public sheet: FakeSheet, public top: number, public left: number, public rows: number, public cols: number) {}
  headers(): string[] { return Array.from({ length: this.cols }, (_, j) => String(this.sheet.peek(this.top, this.left + j)?.value ?? "")); }
}

export class FakeWorkbookState {
  sheets: FakeSheet[] = [];
  private nextId = 1;
  selection: { sheet: FakeSheet; address: string } | null = null;
  addSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new FakeExcelError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
    if (name.length > 31 || /[:\\/?*[\]]/.test(name)) throw new FakeExcelError("InvalidArgument", `Invalid worksheet name '${name}'.`);
    const s = new FakeSheet(`{${this.nextId++}}`, name, this.sheets.length);
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): FakeSheet | undefined { return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()); }
  tables(): FakeTableState[] { return this.sheets.flatMap((s) => s.tables); }
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

/** Do two A1 rectangles share a cell? */
function intersects(a: { r: number; c: number; rows: number; cols: number }, b: { r: number; c: number; rows: number; cols: number }): boolean {
  return a.r < b.r + b.rows && b.r < a.r + a.rows && a.c < b.c + b.cols && b.c < a.c + a.cols;
}

/** One conditional format as Office.js gives it from a loaded collection: id, type, custom rule, delete(). */
class ConditionalFormatItem extends ClientObject {
  constructor(ctx: Ctx, private sheet: FakeSheet, private rec: CfRecord) { super(ctx); }
  get id(): string { return this.read("id"); }
  get type(): string { return this.read("type"); }
  /** Like Office.js: a null object for formats that are not custom; reading its rule then fails. */
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
  protected snapshot(p: string): unknown {
    switch (p) {
      case "id": return this.rec.id;
      case "type": return CF_TYPE_NAMES[this.rec.type];
      case "customOrNullObject/rule/formula": return this.rec.type === "custom" ? this.rec.formula ?? "" : undefined;
      default: throw new FakeExcelError("InvalidArgument", `ConditionalFormat has no property ${p}`);
    }
  }
  /** Removes the format; deleting one that no longer exists fails at sync, as in Excel. */
  delete(): void {
    this.ctx.queue(["cf.delete", this.rec.id]);
    if (!this.sheet.cfs.includes(this.rec)) {
      this.ctx.pendingErrors.push(new FakeExcelError("ItemNotFound", "The requested resource doesn't exist: conditional format."));
      return;
    }
    this.sheet.cfs = this.sheet.cfs.filter((x) => x !== this.rec);
  }
}

/** Range.conditionalFormats: adding applies to the range; items are the formats that intersect it. */
class ConditionalFormats extends ClientObject {
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
  get items(): ConditionalFormatItem[] { return this.read("items"); }
  protected snapshot(p: string): unknown { throw new FakeExcelError("InvalidArgument", `ConditionalFormatCollection has no property ${p}`); }
  /** Loads `items/<prop>` paths: the formats intersecting the range at sync time, each with those props. */
  override resolve(props: string[]): void {
    const sub = props.filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
    if (sub.length !== props.length) throw new FakeExcelError("InvalidArgument", `the fake loads conditional formats as items/<property> only, got ${props.join(",")}`);
    const s = this.range.sheetState();
    const r = this.range;
    const items = s.cfs
      .filter((cf) => intersects(parseAddress(cf.address), r))
      .map((cf) => {
        const item = new ConditionalFormatItem(this.ctx, s, cf);
        item.resolve(sub.filter((p) => cf.type === "custom" || !p.startsWith("customOrNullObject/")));
        return item;
      });
    this.loaded.set("items", items);
  }
  /** Removes the formats whose ranges start inside this range. */
  clearAll(): void {
    const s = this.range.sheetState();
    const r = this.range;
    this.range.ctx.queue("clearAll");
    s.cfs = s.cfs.filter((cf) => {
      const p = parseAddress(cf.address);
      return !(p.r >= r.r && p.r < r.r + r.rows && p.c >= r.c && p.c < r.c + r.cols);
    });
  }
}

export class Range extends ClientObject {
  format: RangeFormat;
  conditionalFormats: ConditionalFormats;
  dataValidation: { rule: any };
  constructor(ctx: Ctx, private wb: FakeWorkbookState, private getSheet: () => FakeSheet | undefined, readonly r: number, readonly c: number, readonly rows: number, readonly cols: number) {
    super(ctx);
    this.format = new RangeFormat(this);
    this.conditionalFormats = new ConditionalFormats(this);
    const self = this;
    this.dataValidation = {
      set rule(v: any) { self.ctx.queue(v); self.sheetState().validations.push({ address: self.addressLocal(), rule: v }); },
      get rule() { return undefined; },
    };
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
  get address(): string { return this.read("address"); }
  get rowCount(): number { return this.read("rowCount"); }
  get columnCount(): number { return this.read("columnCount"); }
  get rowIndex(): number { return this.read("rowIndex"); }
  get columnIndex(): number { return this.read("columnIndex"); }
  get worksheet(): Worksheet { return new Worksheet(this.ctx, this.wb, this.getSheet); }
  protected override defaultProps(): string[] { return ["values", "formulas", "numberFormat", "address", "rowCount", "columnCount", "rowIndex", "columnIndex"]; }
  protected snapshot(p: string): unknown {
    const s = this.sheetState();
    const map = (f: (cell: Cell | undefined) => unknown) => Array.from({ length: this.rows }, (_, i) => Array.from({ length: this.cols }, (_, j) => f(s.peek(this.r + i, this.c + j))));
    switch (p) {
      case "values": return map((x) => x?.value ?? "");
      case "formulas": return map((x) => x?.formula ?? x?.value ?? "");
      case "numberFormat": return map((x) => x?.numberFormat ?? "General");
      case "address": return `${/^[A-Za-z0-9_]+$/.test(s.name) ? s.name : `'${s.name}'`}!${this.addressLocal()}`;
      case "rowCount": return this.rows;
      case "columnCount": return this.cols;
      case "rowIndex": return this.r;
      case "columnIndex": return this.c;
      default: throw new FakeExcelError("InvalidArgument", `Range has no property ${p}`);
    }
  }
  getCell(i: number, j: number): Range { return new Range(this.ctx, this.wb, this.getSheet, this.r + i, this.c + j, 1, 1); }
  getRow(i: number): Range { return new Range(this.ctx, this.wb, this.getSheet, this.r + i, this.c, 1, this.cols); }
  getColumn(j: number): Range { return new Range(this.ctx, this.wb, this.getSheet, this.r, this.c + j, this.rows, 1); }
  getOffsetRange(dr: number, dc: number): Range { return new Range(this.ctx, this.wb, this.getSheet, this.r + dr, this.c + dc, this.rows, this.cols); }
  getResizedRange(dr: number, dc: number): Range { return new Range(this.ctx, this.wb, this.getSheet, this.r, this.c, this.rows + dr, this.cols + dc); }
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

class Worksheet extends ClientObject {
  tables: any;
  freezePanes: any;
  customProperties: any;
  charts: any;
  constructor(ctx: Ctx, private wb: FakeWorkbookState, private getSheet: () => FakeSheet | undefined, private missing = false) {
    super(ctx);
    this.nullable = true;
    const self = this;
    this.tables = {
      add: (address: Range | string, hasHeaders: boolean) => {
        const s = self.state();
        const p = typeof address === "string" ? parseAddress(address) : { r: address.r, c: address.c, rows: address.rows, cols: address.cols };
        if (!hasHeaders) throw new FakeExcelError("InvalidArgument", "the fake supports tables with headers only");
        const t = new FakeTableState(`Table${wb.tables().length + 1}`, s, p.r, p.c, p.rows - 1, p.cols);
        for (let j = 0; j < p.cols; j++) {
          const h = s.cell(p.r, p.c + j);
          if (h.value === "") h.value = `Column${j + 1}`;
        }
        s.tables.push(t);
        ctx.queue(["tables.add", p]);
        return new Table(ctx, wb, () => t);
      },
    };
    this.freezePanes = { freezeRows: (n: number) => { self.state().frozenRows = n; ctx.queue(n); } };
    this.customProperties = {
      add: (key: string, value: string) => { self.state().customProperties.set(key, value); ctx.queue([key, value]); },
      getItemOrNullObject: (key: string) => new CustomProperty(ctx, () => self.getSheet()?.customProperties.get(key), key),
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
  state(): FakeSheet {
    const s = this.getSheet();
    if (!s) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    return s;
  }
  get isNullObject(): boolean { return this.read("isNullObject"); }
  get name(): string { return this.read("name"); }
  set name(v: string) { const s = this.state(); if (this.wb.sheet(v) && this.wb.sheet(v) !== s) throw new FakeExcelError("ItemAlreadyExists", v); s.name = v; }
  get id(): string { return this.read("id"); }
  get position(): number { return this.read("position"); }
  protected override defaultProps(): string[] { return ["name", "id", "position"]; }
  protected snapshot(p: string): unknown {
    if (p === "isNullObject") return this.missing || !this.getSheet();
    const s = this.getSheet();
    if (!s) return undefined;
    return (s as any)[p];
  }
  getRange(a?: string): Range {
    const p = a ? parseAddress(a) : { r: 0, c: 0, rows: 1048576, cols: 16384 };
    return new Range(this.ctx, this.wb, this.getSheet, p.r, p.c, p.rows, p.cols);
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): Range {
    if (rows < 1 || cols < 1) throw new FakeExcelError("InvalidArgument", "range must have at least one row and column");
    return new Range(this.ctx, this.wb, this.getSheet, r, c, rows, cols);
  }
  activate(): void { /* selection is not modelled beyond highlight */ }
  delete(): void {
    const s = this.state();
    this.ctx.queue("delete");
    this.wb.sheets = this.wb.sheets.filter((x) => x !== s);
  }
}

class CustomProperty extends ClientObject {
  constructor(ctx: Ctx, private get: () => string | undefined, private key: string) { super(ctx); this.nullable = true; }
  get isNullObject(): boolean { return this.read("isNullObject"); }
  get value(): string { return this.read("value"); }
  protected override defaultProps(): string[] { return ["value", "key"]; }
  protected snapshot(p: string): unknown { return p === "isNullObject" ? this.get() === undefined : p === "key" ? this.key : this.get(); }
}

class Table extends ClientObject {
  rows: any;
  columns: any;
  constructor(ctx: Ctx, private wb: FakeWorkbookState, private getT: () => FakeTableState | undefined) {
    super(ctx);
    this.nullable = true;
    const self = this;
    this.rows = {
      add: (index: number | null | undefined, values: any[][]) => {
        const t = self.state();
        if (index !== null && index !== undefined && index !== t.rows) throw new FakeExcelError("InvalidArgument", "the fake appends rows only");
        const r = new Range(ctx, wb, () => t.sheet, t.top + 1 + t.rows, t.left, values.length, t.cols);
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
      },
      get count() { return self.state().rows; },
    };
    this.columns = {
      add: (index: number | null | undefined, values: any[][] | undefined, name?: string) => {
        const t = self.state();
        if (index !== null && index !== undefined && index !== t.cols) throw new FakeExcelError("InvalidArgument", "the fake appends columns only");
        const c = t.left + t.cols;
        t.cols++;
        if (values) new Range(ctx, wb, () => t.sheet, t.top, c, t.rows + 1, 1).values = values;
        if (name !== undefined) t.sheet.cell(t.top, c).value = name;
        if (t.sheet.cell(t.top, c).value === "") t.sheet.cell(t.top, c).value = `Column${t.cols}`;
      },
    };
  }
  state(): FakeTableState {
    const t = this.getT();
    if (!t) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    return t;
  }
  get isNullObject(): boolean { return this.read("isNullObject"); }
  get name(): string { return this.read("name"); }
  set name(v: string) {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(v)) throw new FakeExcelError("InvalidArgument", `invalid table name ${v}`);
    if (this.wb.tables().some((t) => t.name.toLowerCase() === v.toLowerCase() && t !== this.getT())) throw new FakeExcelError("ItemAlreadyExists", v);
    this.ctx.queue(v);
    this.state().name = v;
  }
  set style(_v: string) { /* accepted */ }
  protected override defaultProps(): string[] { return ["name"]; }
  protected snapshot(p: string): unknown { return p === "isNullObject" ? !this.getT() : (this.getT() as any)?.[p]; }
  get worksheet(): Worksheet { return new Worksheet(this.ctx, this.wb, () => this.getT()?.sheet); }
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

class Worksheets extends ClientObject {
  constructor(ctx: Ctx, private wb: FakeWorkbookState) { super(ctx); }
  add(name?: string): Worksheet {
    const s = this.wb.addSheet(name ?? `Sheet${this.wb.sheets.length + 1}`);
    this.ctx.queue(name);
    return new Worksheet(this.ctx, this.wb, () => s);
  }
  getItem(name: string): Worksheet {
    const s = this.wb.sheet(name);
    if (!s) this.ctx.pendingErrors.push(new FakeExcelError("ItemNotFound", `The requested resource doesn't exist: worksheet '${name}'.`));
    return new Worksheet(this.ctx, this.wb, () => s);
  }
  getItemOrNullObject(name: string): Worksheet {
    const s = this.wb.sheet(name);
    return new Worksheet(this.ctx, this.wb, () => s, !s);
  }
  get items(): Worksheet[] { return this.read("items"); }
  protected snapshot(p: string): unknown {
    if (p.startsWith("items")) {
      const props = p.includes("/") ? [p.split("/")[1]!] : ["name", "id", "position"];
      return this.wb.sheets.map((s) => { const w = new Worksheet(this.ctx, this.wb, () => s); w.resolve(props); return w; });
    }
    throw new FakeExcelError("InvalidArgument", `no property ${p}`);
  }
  override resolve(props: string[]): void {
    const items = props.filter((p) => p.startsWith("items"));
    const sub = items.flatMap((p) => (p.includes("/") ? [p.split("/")[1]!] : ["name", "id", "position"]));
    this.loaded.set("items", this.wb.sheets.map((s) => { const w = new Worksheet(this.ctx, this.wb, () => s); w.resolve(sub.length ? sub : ["name"]); return w; }));
  }
}

class Tables extends ClientObject {
  constructor(ctx: Ctx, private wb: FakeWorkbookState) { super(ctx); }
  get items(): Table[] { return this.read("items"); }
  protected snapshot(p: string): unknown {
    if (!p.startsWith("items")) throw new FakeExcelError("InvalidArgument", `no property ${p}`);
    const sub = p.includes("/") ? [p.split("/")[1]!] : ["name"];
    return this.wb.tables().map((t) => { const x = new Table(this.ctx, this.wb, () => t); x.resolve(sub); return x; });
  }
  override resolve(props: string[]): void { this.loaded.set("items", this.snapshot(props.find((p) => p.startsWith("items")) ?? "items")); }
  getItemOrNullObject(name: string): Table {
    return new Table(this.ctx, this.wb, () => this.wb.tables().find((t) => t.name.toLowerCase() === name.toLowerCase()));
  }
  getItem(name: string): Table {
    if (!this.wb.tables().some((t) => t.name.toLowerCase() === name.toLowerCase())) this.ctx.pendingErrors.push(new FakeExcelError("ItemNotFound", `table ${name}`));
    return this.getItemOrNullObject(name);
  }
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
    let bytesOut = c.pendingBytes;
    c.pendingBytes = 0;
    const errors = c.pendingErrors;
    c.pendingErrors = [];
    c.stats.payloadBytes.push(bytesOut);
    c.stats.maxPayload = Math.max(c.stats.maxPayload, bytesOut);
    if (bytesOut > PAYLOAD_LIMIT) throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `The request payload size (${bytesOut} bytes) has exceeded the limit.`);
    if (errors.length) throw errors[0];
    // Loaded values travel back in the response, which has the same 5 MB limit.
    let bytesIn = 0;
    for (const l of loads) {
      l.obj.resolve(l.props);
      for (const p of l.props) if (p === "values" || p === "formulas" || p === "numberFormat") bytesIn += bytes(l.obj.peekLoaded(p));
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
    ErrorCodes: { itemNotFound: "ItemNotFound", itemAlreadyExists: "ItemAlreadyExists", invalidArgument: "InvalidArgument" },
  };
  return {
    state,
    stats,
    lastRunSyncs: () => stats.syncs - runStart,
    uninstall: () => { g.Excel = previous; },
  };
}
