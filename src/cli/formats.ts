// Output formats of the CLI: one JSON array, RFC 4180 CSV with a UTF-8 BOM (Excel opens Chinese correctly) and
// no cell a spreadsheet would run as a formula, an aligned text table for people, and the mentions (every number
// with its role) as one JSON array.
import type { ExtractionResult, Target } from "../core";

export const CSV_COLUMNS: (keyof Target)[] = [
  "id", "docId", "section", "indicator", "comparator", "value", "valueMax", "unit", "year", "period", "kind",
  "decrease", "responsible", "optional", "confidence", "reason", "binding", "baseYear", "baseValue", "start", "end", "text",
];

/** A result keeping only the targets of at least `min` confidence (`high` leaves the unsure ones out). */
export function byConfidence(result: ExtractionResult, min: "low" | "high"): ExtractionResult {
  return min === "high" ? { ...result, targets: result.targets.filter((t) => t.confidence !== "low") } : result;
}

/** Every number mention of every document (with the document's id when there are several). */
export function toMentions(results: ExtractionResult[]): string {
  const rows = results.flatMap((r) => (r.mentions ?? []).map((m) => (results.length > 1 ? { docId: r.document.id, ...m } : m)));
  return JSON.stringify(rows, null, 1) + "\n";
}

export function toJson(results: ExtractionResult[]): string {
  return JSON.stringify(results.flatMap((r) => r.targets), null, 2) + "\n";
}

// A spreadsheet opening the CSV runs a cell that starts with = + - @ (or tab, CR) as a formula (OWASP "CSV
// Injection"): such cells get a leading apostrophe, which Excel and LibreOffice show as text. Plain numbers
// (-13.5) carry no formula and stay numbers.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** One CSV cell: neutralised if it would run as a formula, quoted per RFC 4180 when needed. */
export function csvCell(text: string): string {
  const s = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Lists in one cell: the section path reads outermost first with " > ", responsible units with "、". */
function csvField(v: unknown, column: keyof Target): string {
  return csvCell(v === null || v === undefined ? "" : Array.isArray(v) ? v.join(column === "section" ? " > " : "、") : String(v));
}

export function toCsv(results: ExtractionResult[]): string {
  const rows = [CSV_COLUMNS.join(",")];
  for (const t of results.flatMap((r) => r.targets)) rows.push(CSV_COLUMNS.map((c) => csvField(c === "decrease" ? t.decrease === true : t[c], c)).join(","));
  return "\ufeff" + rows.join("\r\n") + "\r\n";
}

/** Display width: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number): string {
  return s + " ".repeat(Math.max(0, w - width(s)));
}

function clip(s: string, w: number): string {
  let out = "";
  for (const ch of s) {
    if (width(out + ch) > w - 1) return out + "…";
    out += ch;
  }
  return out;
}

export function toTable(results: ExtractionResult[]): string {
  const header = ["id", "year", "indicator", "cmp", "value", "unit", "kind", "period"];
  const rows = results.flatMap((r) => r.targets).map((t) => [
    t.id, t.year === null ? "" : String(t.year), clip(t.indicator, 36), t.comparator,
    t.valueMax === null ? String(t.value) : `${t.value}–${t.valueMax}`, t.unit, t.kind, t.period ?? "",
  ]);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]): string => cells.map((c, i) => pad(c, widths[i])).join("  ").trimEnd();
  const out = [line(header), widths.map((w) => "-".repeat(w)).join("  ")];
  for (const r of rows) out.push(line(r));
  out.push(`${rows.length} target(s) in ${results.length} document(s)`);
  return out.join("\n") + "\n";
}
