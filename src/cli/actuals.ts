// Reads the actuals CSV (id, base year, base value, latest year, latest value) that fills the user columns.
// Malformed input is an error naming the line and column; ids the workbook does not contain are reported
// by the writer, not fatal.
import type { Actuals } from "../core/sheet";

export interface ActualsTable {
  byId: Map<string, Actuals>;
  /** Line number (1-based) of each id, for messages. */
  lineOf: Map<string, number>;
}

export class ActualsError extends Error {
  constructor(
    readonly line: number,
    readonly column: string | null,
    message: string,
  ) {
    super(`actuals CSV line ${line}${column ? `, column "${column}"` : ""}: ${message}`);
    this.name = "ActualsError";
  }
}

type Field = "id" | "baseYear" | "base" | "latestYear" | "latest";

/** Accepted header spellings (case and spaces ignored). */
const HEADER_ALIASES: Record<string, Field> = {
  id: "id",
  baseyear: "baseYear", base_year: "baseYear", "基期年": "baseYear",
  base: "base", basevalue: "base", base_value: "base", "基期值": "base",
  latestyear: "latestYear", latest_year: "latestYear", "最新年": "latestYear",
  latest: "latest", latestvalue: "latest", latest_value: "latest", "最新值": "latest",
};

const FIELDS: Field[] = ["id", "baseYear", "base", "latestYear", "latest"];

/** Splits one CSV line (RFC 4180 quoting, comma separated). */
export function splitCsvLine(line: string, lineNo: number): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur === "") quoted = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (quoted) throw new ActualsError(lineNo, null, "unterminated quoted field");
  out.push(cur);
  return out.map((s) => s.trim());
}

function parseNumber(text: string, line: number, column: string, year: boolean): number | null {
  if (text === "") return null;
  const n = Number(text.replace(/,/g, ""));
  if (!Number.isFinite(n)) throw new ActualsError(line, column, `"${text}" is not a number`);
  if (year && (!Number.isInteger(n) || n < 1900 || n > 2200)) {
    throw new ActualsError(line, column, `"${text}" is not a year`);
  }
  return n;
}

/** Parses the CSV text. Lines starting with # are comments (the illustrative file says what it is there). */
export function parseActualsCsv(text: string): ActualsTable {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  let header: { field: Field; name: string }[] | null = null;
  const byId = new Map<string, Actuals>();
  const lineOf = new Map<string, number>();
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.trim() === "" || raw.trimStart().startsWith("#")) return;
    const cells = splitCsvLine(raw, lineNo);
    if (!header) {
      header = cells.map((name) => {
        const field = HEADER_ALIASES[name.toLowerCase().replace(/\s+/g, "")];
        if (!field) {
          throw new ActualsError(lineNo, name, `unknown column; expected id, base_year, base, latest_year, latest`);
        }
        return { field, name };
      });
      const missing = FIELDS.filter((f) => !header!.some((h) => h.field === f));
      if (missing.length) throw new ActualsError(lineNo, null, `missing column(s): ${missing.join(", ")}`);
      return;
    }
    if (cells.length !== header.length) {
      throw new ActualsError(lineNo, null, `expected ${header.length} fields, found ${cells.length}`);
    }
    const rec: Partial<Record<Field, string>> = {};
    header.forEach((h, j) => (rec[h.field] = cells[j]!));
    const name = (f: Field) => header!.find((h) => h.field === f)!.name;
    const id = rec.id ?? "";
    if (id === "") throw new ActualsError(lineNo, name("id"), "empty id");
    if (byId.has(id)) throw new ActualsError(lineNo, name("id"), `id ${id} already given on line ${lineOf.get(id)}`);
    byId.set(id, {
      baseYear: parseNumber(rec.baseYear ?? "", lineNo, name("baseYear"), true),
      base: parseNumber(rec.base ?? "", lineNo, name("base"), false),
      latestYear: parseNumber(rec.latestYear ?? "", lineNo, name("latestYear"), true),
      latest: parseNumber(rec.latest ?? "", lineNo, name("latest"), false),
    });
    lineOf.set(id, lineNo);
  });
  if (!header) throw new ActualsError(1, null, "no header line (id, base_year, base, latest_year, latest)");
  return { byId, lineOf };
}
