// Sheet, table and structured-reference names that Excel and LibreOffice accept.
import type { PlanDocument } from "../model";

const MAX_SHEET_NAME = 31;

/** A valid worksheet name from free text: no : \ / ? * [ ], no leading/trailing apostrophe, ≤ 31 chars. */
export function sanitizeSheetName(text: string, fallback = "Targets"): string {
  let s = text.replace(/[:\\/?*[\]]/g, " ").replace(/\s+/g, " ").trim().replace(/^'+|'+$/g, "").trim();
  if (s.toLowerCase() === "history") s = `${s}_`; // reserved by Excel
  s = Array.from(s).slice(0, MAX_SHEET_NAME).join("").trim();
  return s || fallback;
}

/** The short title for a document's sheet: the plan's name inside 《》 when the title is a cover notice. */
export function documentSheetName(doc: PlanDocument): string {
  const title = doc.title ?? "";
  const quoted = /《([^》]+)》/.exec(title);
  return sanitizeSheetName(quoted?.[1] ?? title, sanitizeSheetName(doc.id));
}

/** `base`, or `base (2)`, `base (3)` … whichever no existing sheet uses (names compare case-insensitively). */
export function uniqueSheetName(base: string, existing: Iterable<string>): string {
  const taken = new Set(Array.from(existing, (n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const stem = Array.from(base).slice(0, MAX_SHEET_NAME - suffix.length).join("");
    const name = `${stem}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Table name for a document: letters, digits, underscores; never mistakable for a cell reference. */
export function tableNameFor(docId: string): string {
  return `PlanTargets_${docId.replace(/[^A-Za-z0-9_]/g, "_")}`.slice(0, 255);
}

/** `base`, or `base_2`, `base_3` … whichever no existing table uses (Excel compares table names ignoring case). */
export function uniqueTableName(base: string, existing: Iterable<string>): string {
  const taken = new Set(Array.from(existing, (n) => n.toLowerCase()));
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 255 - `_${i}`.length)}_${i}`;
  return name;
}

/** A this-row structured reference to a column header: [@基期值] or [@[Base value]]. */
export function structuredRef(header: string): string {
  const escaped = header.replace(/['#[\]]/g, (ch) => `'${ch}`);
  return /^[\p{L}\p{N}_]+$/u.test(header) ? `[@${escaped}]` : `[@[${escaped}]]`;
}

/** A sheet name as written in a formula: quoted when it is not a plain word. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
