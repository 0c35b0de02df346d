// What Excel makes of text written into a cell, for the in-memory fake: Range.values and Range.formulas read a
// string as if it were typed ("If the returned value starts with a plus, minus, or equal sign, Excel interprets
// this value as a formula", Excel.Range.values reference; number-, percent- and date-like text becomes a number,
// office-js #229), unless the cell's number format is Text (@). A formula Excel cannot parse fails the batch.
import { colIndex, colLetter } from "./excel-grid";

export type Scalar = string | number | boolean;

/** What a typed string becomes: a formula, or a value (with the number format Excel gives it). */
export type Typed = { formula: string } | { value: Scalar; numberFormat?: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
const MONTH_DAY = /^(\d{1,2})[-/](\d{1,2})(?:[-/](\d{2}|\d{4}))?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Days since 1899-12-30, Excel's date serial (en-US reading of dates, as the API uses). */
function serial(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = Date.UTC(y, m - 1, d);
  if (new Date(t).getUTCDate() !== d) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function numberLike(t: string): { value: number; numberFormat?: string } | null {
  if (NUMBER.test(t)) return { value: Number(t) };
  if (THOUSANDS.test(t)) return { value: Number(t.replace(/,/g, "")), numberFormat: "#,##0" };
  const pct = PERCENT.exec(t);
  if (pct) return { value: Number(pct[1]) / 100, numberFormat: "0%" };
  const iso = ISO_DATE.exec(t);
  const md = MONTH_DAY.exec(t);
  const date = iso ? serial(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    : md ? serial(md[3] ? (md[3].length === 2 ? 2000 + Number(md[3]) : Number(md[3])) : new Date().getUTCFullYear(), Number(md[1]), Number(md[2])) : null;
  if (date !== null) return { value: date, numberFormat: "m/d/yyyy" };
  const time = TIME.exec(t);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60) return { value: (Number(time[1]) * 60 + Number(time[2])) / 1440, numberFormat: "h:mm" };
  return null;
}

/** A string as Excel reads it when written through Range.values into a cell that is not formatted as Text. */
export function typedInput(text: string): Typed {
  if (text.startsWith("=")) return { formula: text };
  const n = numberLike(text.trim());
  if (n) return n;
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === "true" };
  if (text.startsWith("+") || text.startsWith("-")) return { formula: `=${text}` };
  return { value: text };
}

/** Where a formula sits, to judge its structured references. */
export interface FormulaPlace {
  /** Headers of a table by name (case-insensitive), or undefined when there is no such table. */
  table: (name: string) => string[] | undefined;
  /** Headers of the table holding the formula's cell, if any. */
  here?: string[];
  /** Conditional-format rules take no structured references. */
  conditionalFormat?: boolean;
}

const SPECIAL_ITEMS = new Set(["#all", "#data", "#headers", "#totals", "#this row"]);
// Outside strings, sheet names and structured references a formula holds only these (letters of any script).
const ALLOWED = /^[\p{L}\p{N}_.\\$!:,;+\-*/^&=<>%(){}#@?\s]$/u;

interface Group { end: number; names: string[]; special: boolean }

/** A structured-reference name up to an unescaped "]" ("'" escapes the next character). */
function plainName(s: string, i: number): { end: number; name: string } | string {
  let name = "";
  for (let j = i; j < s.length; j++) {
    const ch = s[j]!;
    if (ch === "'") { name += s[++j] ?? ""; continue; }
    if (ch === "]") return { end: j, name };
    if (ch === "[") return "an unescaped [ inside a structured reference";
    name += ch;
  }
  return "an unclosed [";
}

/** One bracket group of a structured reference, from its "[": [@col], [@[col]], [col], [[a],[b]], [[a]:[b]], [#This Row]. */
function group(s: string, i: number): Group | string {
  let j = i + 1;
  if (s[j] === "@") {
    j++;
    let names: string[];
    if (s[j] === "[") {
      const g = group(s, j);
      if (typeof g === "string") return g;
      if (!g.names.length) return "an empty column in [@[]]";
      names = g.names;
      j = g.end;
    } else {
      const n = plainName(s, j);
      if (typeof n === "string") return n;
      if (!n.name) return "an empty column in [@]";
      names = [n.name];
      j = n.end;
    }
    return s[j] === "]" ? { end: j + 1, names, special: true } : "an unclosed [@";
  }
  if (s[j] === "[") {
    const names: string[] = [];
    for (;;) {
      const g = group(s, j);
      if (typeof g === "string") return g;
      if (!g.names.length && !g.special) return "an empty [] inside a structured reference";
      names.push(...g.names);
      j = g.end;
      while (s[j] === " ") j++;
      if (s[j] === "," || s[j] === ":") {
        j++;
        while (s[j] === " ") j++;
        if (s[j] !== "[") return "a structured reference list item outside brackets";
        continue;
      }
      return s[j] === "]" ? { end: j + 1, names, special: false } : "an unclosed structured reference";
    }
  }
  const n = plainName(s, j);
  if (typeof n === "string") return n;
  if (n.name.startsWith("#")) {
    return SPECIAL_ITEMS.has(n.name.toLowerCase()) ? { end: n.end + 1, names: [], special: true } : `an unknown item ${n.name}`;
  }
  return { end: n.end + 1, names: n.name ? [n.name] : [], special: false };
}

/**
 * Why Excel would refuse the formula, or null: strings, sheet names and brackets closed; only formula characters
 * outside them (full-width punctuation is not one); no name starting with a digit; structured references naming
 * existing tables and their columns, and none in conditional-format rules.
 */
export function formulaProblem(f: string, place: FormulaPlace): string | null {
  if (!f.startsWith("=") || f.trim() === "=") return "an empty formula";
  let parens = 0, braces = 0, word = "";
  const endWord = (): string | null => {
    const w = word;
    word = "";
    return /^\d/.test(w) && !/^\d+(\.\d*)?(e)?$/i.test(w) ? `"${w}" is neither a number nor a name` : null;
  };
  for (let i = 1; i < f.length; i++) {
    const ch = f[i]!;
    if (ch === '"') {
      const close = /^"(?:[^"]|"")*"/.exec(f.slice(i));
      if (!close) return "an unclosed string";
      i += close[0].length - 1;
      continue;
    }
    if (ch === "'") {
      const sheet = /^'(?:[^']|'')*'!/.exec(f.slice(i));
      if (!sheet) return "an unclosed sheet name";
      i += sheet[0].length - 1;
      continue;
    }
    if (ch === "[") {
      if (place.conditionalFormat) return "a structured reference in a conditional format";
      const table = word;
      word = "";
      const g = group(f, i);
      if (typeof g === "string") return g;
      const headers = table ? place.table(table) : place.here;
      if (!headers) return table ? `no table named ${table}` : "a this-row reference outside a table";
      if (!table && !g.names.length && !g.special) return "an empty structured reference";
      const unknown = g.names.find((n) => !headers.some((h) => h.toLowerCase() === n.toLowerCase()));
      if (unknown !== undefined) return `no column ${unknown} in ${table || "this table"}`;
      i = g.end - 1;
      continue;
    }
    if (/[\p{L}\p{N}_.\\]/u.test(ch)) {
      word += ch;
      continue;
    }
    const bad = endWord();
    if (bad) return bad;
    if (!ALLOWED.test(ch)) return `the character ${ch}`;
    if (ch === "(") parens++;
    if (ch === ")" && --parens < 0) return "an unmatched )";
    if (ch === "{") braces++;
    if (ch === "}" && --braces < 0) return "an unmatched }";
  }
  const bad = endWord();
  if (bad) return bad;
  if (parens) return "an unclosed (";
  if (braces) return "an unclosed {";
  return null;
}

/** Shifts relative A1 references in a formula (outside string literals) as Excel's copy does. */
export function shiftFormula(f: string, dr: number, dc: number): string {
  return f.split(/("(?:[^"]|"")*")/).map((part, i) => (i % 2 ? part : part.replace(
    /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g,
    (_m, ac, col, ar, row) => `${ac}${ac ? col : colLetter(colIndex(col) + dc)}${ar}${ar ? row : Number(row) + dr}`,
  ))).join("");
}
