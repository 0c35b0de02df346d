// The grid of the in-memory Excel fake: A1 addresses, rectangles, and Excel's naming rules for sheets and tables.

/** Excel's grid. */
export const GRID_ROWS = 1_048_576;
export const GRID_COLUMNS = 16_384;

export class FakeExcelError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export interface Rect { r: number; c: number; rows: number; cols: number }

export function colLetter(i: number): string {
  let n = i + 1, s = "";
  while (n > 0) { const r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); }
  return s;
}
export function colIndex(l: string): number { let n = 0; for (const ch of l.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64; return n - 1; }

/** One area: A1, A1:B2, whole columns A:J or whole rows 3:5 (with or without $ and a sheet prefix). */
export function parseAddress(a: string): Rect {
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
export const parseAreas = (a: string): Rect[] => a.split(",").map(parseAddress);

/** An area as Excel writes it: A:J for whole columns, 3:5 for whole rows, else A1 or A1:B2. */
export function addr(r: number, c: number, rows: number, cols: number): string {
  if (r === 0 && rows === GRID_ROWS) return `${colLetter(c)}:${colLetter(c + cols - 1)}`;
  if (c === 0 && cols === GRID_COLUMNS) return `${r + 1}:${r + rows}`;
  return rows === 1 && cols === 1 ? `${colLetter(c)}${r + 1}` : `${colLetter(c)}${r + 1}:${colLetter(c + cols - 1)}${r + rows}`;
}
export const addrOf = (x: Rect): string => addr(x.r, x.c, x.rows, x.cols);

export const inGrid = (x: Rect): boolean =>
  x.rows >= 1 && x.cols >= 1 && x.r >= 0 && x.c >= 0 && x.r + x.rows <= GRID_ROWS && x.c + x.cols <= GRID_COLUMNS;

/** Do two rectangles share a cell? */
export function intersects(a: Rect, b: Rect): boolean {
  return a.r < b.r + b.rows && b.r < a.r + a.rows && a.c < b.c + b.cols && b.c < a.c + a.cols;
}

export function intersection(a: Rect, b: Rect): Rect | null {
  if (!intersects(a, b)) return null;
  const r = Math.max(a.r, b.r), c = Math.max(a.c, b.c);
  return { r, c, rows: Math.min(a.r + a.rows, b.r + b.rows) - r, cols: Math.min(a.c + a.cols, b.c + b.cols) - c };
}

/** Is `inner` wholly inside `outer`? */
export const within = (inner: Rect, outer: Rect): boolean =>
  inner.r >= outer.r && inner.c >= outer.c && inner.r + inner.rows <= outer.r + outer.rows && inner.c + inner.cols <= outer.c + outer.cols;

/** The cells of `a` outside `b`, as up to four rectangles (above, below, left, right). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const x = intersection(a, b);
  if (!x) return [a];
  const out: Rect[] = [];
  if (x.r > a.r) out.push({ r: a.r, c: a.c, rows: x.r - a.r, cols: a.cols });
  if (x.r + x.rows < a.r + a.rows) out.push({ r: x.r + x.rows, c: a.c, rows: a.r + a.rows - x.r - x.rows, cols: a.cols });
  if (x.c > a.c) out.push({ r: x.r, c: a.c, rows: x.rows, cols: x.c - a.c });
  if (x.c + x.cols < a.c + a.cols) out.push({ r: x.r, c: x.c + x.cols, rows: x.rows, cols: a.c + a.cols - x.c - x.cols });
  return out;
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
