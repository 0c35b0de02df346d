// Recalculates .xlsx files in LibreOffice headless and reads every sheet back as CSV (raw values).
// LibreOffice keeps stale cached values of xlsx files unless a private profile sets OOXMLRecalcMode to 0.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function findSoffice(): string | null {
  const r = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" });
  const p = r.stdout.trim().split("\n")[0];
  return r.status === 0 && p ? p : null;
}

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A private LibreOffice profile that always recalculates on load. */
export function makeProfile(dir: string): string {
  mkdirSync(path.join(dir, "user"), { recursive: true });
  writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), RECALC_PROFILE);
  return `file://${path.resolve(dir)}`;
}

/** One soffice call converting `files` with a filter; returns the files it wrote. */
export function sofficeConvert(soffice: string, profileDir: string, filter: string, outDir: string, files: string[]): string[] {
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    soffice,
    [`-env:UserInstallation=${makeProfile(profileDir)}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, ...files],
    { stdio: "pipe", timeout: 120_000 },
  );
  return readdirSync(outDir).map((f) => path.join(outDir, f));
}

/** Raw values (not as shown), UTF-8, every sheet to its own CSV named <book>-<sheet>.csv. */
export const CSV_ALL_SHEETS_RAW = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** Minimal CSV reader for LibreOffice's output (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { row.push(cur); cur = ""; }
    else if (ch === "\n") { row.push(cur); rows.push(row); row = []; cur = ""; }
    else if (ch !== "\r") cur += ch;
  }
  if (cur !== "" || row.length) { row.push(cur); rows.push(row); }
  return rows;
}

/**
 * Recalculates several workbooks in ONE soffice call (start-up dominates its time) and returns each book's
 * sheets' values by sheet name, keyed by the book's file name without .xlsx. No stem may be a prefix of
 * another followed by "-", since LibreOffice names each CSV <book>-<sheet>.csv.
 */
export function recalcWorkbooks(soffice: string, books: string[], workDir: string): Map<string, Map<string, string[][]>> {
  const stems = books.map((b) => path.basename(b, ".xlsx"));
  for (const a of stems) {
    for (const b of stems) if (a !== b && b.startsWith(`${a}-`)) throw new Error(`book names ${a} and ${b} would mix their sheets`);
  }
  if (new Set(stems).size !== stems.length) throw new Error("two books have the same file name");
  const out = path.join(workDir, "csv");
  const files = sofficeConvert(soffice, path.join(workDir, "profile"), CSV_ALL_SHEETS_RAW, out, books);
  const result = new Map<string, Map<string, string[][]>>();
  for (const stem of stems) {
    const sheets = new Map<string, string[][]>();
    for (const f of files) {
      const name = path.basename(f, ".csv");
      if (!name.startsWith(`${stem}-`)) continue;
      sheets.set(name.slice(stem.length + 1), parseCsv(readFileSync(f, "utf8")));
    }
    result.set(stem, sheets);
  }
  return result;
}

/** Recalculates one workbook and returns its sheets' values by sheet name. */
export function recalcWorkbook(soffice: string, xlsx: string, workDir: string): Map<string, string[][]> {
  return recalcWorkbooks(soffice, [xlsx], workDir).get(path.basename(xlsx, ".xlsx"))!;
}
