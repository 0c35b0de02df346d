// Inputs with the same file name (in different folders, differing in case, or non-Latin names that map to one
// table name) stay separate documents: distinct ids, sheets and tables, all with names Excel accepts, and a
// workbook LibreOffice opens.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { uniqueTableName } from "../../src/core/sheet";
import { findSoffice, recalcWorkbook } from "../libreoffice/recalc";
import { ROOT as root, cli } from "./run-cli";

const seed004 = readFileSync(path.join(root, "seeds/004_6598c0edc5eceb15.txt"), "utf8");
const dir = mkdtempSync(path.join(tmpdir(), "plan-targets-names-"));


function put(rel: string, text: string): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

// The same document twice under one name, a third file whose name differs in case, and two Chinese names
// whose table names would both be PlanTargets___.
const inputs = [
  put("2024/plan.txt", seed004),
  put("2025/plan.txt", seed004),
  put("draft/Plan.txt", "到2025年，常住人口达到120万人。"),
  put("x/规划.txt", "到2025年，地区生产总值突破970亿元。"),
  put("y/方案.txt", "到2026年，新增就业2万人以上。"),
];

const SHEET_NAME = /^[^:\\/?*[\]]{1,31}$/;
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/;
// Excel refuses table names that read as a cell (A1, XFD1048576) or R1C1 reference, and "C", "R".
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]?\d*|[Cc]\d*)$/;

const lower = (names: string[]): string[] => names.map((n) => n.toLowerCase());

describe("uniqueTableName", () => {
  it("numbers a name another table has, ignoring case, within Excel's 255 characters", () => {
    expect(uniqueTableName("PlanTargets_a", ["Other"])).toBe("PlanTargets_a");
    expect(uniqueTableName("PlanTargets_a", ["plantargets_A", "PlanTargets_a_2"])).toBe("PlanTargets_a_3");
    const long = `T${"x".repeat(254)}`;
    expect(uniqueTableName(long, [long])).toBe(`${long.slice(0, 253)}_2`);
  });
});

describe("same-named CLI inputs", () => {
  it("get distinct document and target ids, each reported once", () => {
    const r = cli("--format", "json", ...inputs);
    expect(r.code).toBe(0);
    const targets = JSON.parse(r.stdout) as { id: string; docId: string }[];
    expect([...new Set(targets.map((t) => t.docId))]).toEqual(["plan", "plan-2", "Plan-3", "规划", "方案"]);
    expect(new Set(targets.map((t) => t.id)).size).toBe(targets.length);
    expect(r.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^note: .*2025\/plan\.txt has the name of an earlier input; its document id is plan-2$/),
      expect.stringMatching(/^note: .*draft\/Plan\.txt has the name of an earlier input; its document id is Plan-3$/),
    ]);
  });

  describe("in one workbook", () => {
    const out = path.join(dir, "book.xlsx");
    let zip: JSZip;
    let sheets: string[];
    let tables: { name: string; displayName: string }[];

    beforeAll(async () => {
      const r = cli("--format", "xlsx", "--out", out, ...inputs);
      expect(r.stderr).toMatch(/wrote .*book\.xlsx \(\d+ rows, 6 sheets\)/);
      expect(r.code).toBe(0);
      zip = await JSZip.loadAsync(readFileSync(out));
      const book = await zip.file("xl/workbook.xml")!.async("string");
      sheets = [...book.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]!);
      const parts = Object.keys(zip.files).filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f));
      tables = await Promise.all(parts.map(async (p) => {
        const xml = await zip.file(p)!.async("string");
        return { name: /<table [^>]*\bname="([^"]*)"/.exec(xml)![1]!, displayName: /<table [^>]*\bdisplayName="([^"]*)"/.exec(xml)![1]! };
      }));
    });

    it("has one table per document, with unique names Excel accepts", () => {
      expect(tables).toHaveLength(inputs.length);
      for (const t of tables) {
        expect(t.displayName).toBe(t.name);
        expect(t.name).toMatch(TABLE_NAME);
        expect(t.name).not.toMatch(CELL_LIKE);
      }
      expect(new Set(lower(tables.map((t) => t.name))).size).toBe(tables.length);
    });

    it("has unique sheet names Excel accepts", () => {
      expect(sheets).toHaveLength(inputs.length + 1);
      for (const s of sheets) {
        expect(s).toMatch(SHEET_NAME);
        expect(s).not.toMatch(/^'|'$/);
      }
      expect(new Set(lower(sheets)).size).toBe(sheets.length);
    });

    it("reads back with ExcelJS: each sheet holds its own document's table", async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const ids = wb.worksheets.slice(0, inputs.length).map((ws) => {
        const values = ws.getColumn(1).values.slice(2).map(String);
        return new Set(values.map((id) => id.slice(0, id.lastIndexOf("-"))));
      });
      expect(ids).toEqual([new Set(["plan"]), new Set(["plan-2"]), new Set(["Plan-3"]), new Set(["规划"]), new Set(["方案"])]);
    });

    const soffice = findSoffice();
    it.skipIf(!soffice && !process.env.CI)("opens in LibreOffice with every sheet", () => {
      const read = recalcWorkbook(soffice!, out, path.join(dir, "libreoffice"));
      expect([...read.keys()].sort()).toEqual([...sheets].sort());
      for (const name of sheets.slice(0, inputs.length)) expect(read.get(name)![0]![0]).toBe("ID");
    });
  });
});
