// A real spreadsheet engine checks the native formulas: LibreOffice recalculates the demo workbook (seeds +
// illustrative actuals, plus a sheet of synthetic cases covering every status and kind) and every row with
// actuals must equal src/core/measure: required growth, remaining growth, gap, progress, time progress, status.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { STATUS_LABELS, type ExtractionResult, type Target } from "../../src/core/model";
import {
  completionProgress, gap, isMeasureError, remainingGrowth, requiredGrowth, status, timeProgress,
} from "../../src/core/measure";
import { columnIndex } from "../../src/core/sheet";
import { parseActualsCsv } from "../../src/cli/actuals";
import { writeWorkbook } from "../../src/cli/xlsx";
import { ROOT, seedResults } from "../../scripts/make-illustrative-actuals";
import { DOC, statusCases } from "../sheet/fixtures";
import { findSoffice, recalcWorkbook } from "./recalc";

const soffice = findSoffice();
const WORK = path.join(ROOT, "tests", "artifacts", "libreoffice");
const ACTUALS = path.join(ROOT, "examples", "actuals-illustrative.csv");

if (!soffice) {
  console.warn("LibreOffice (soffice) is not installed: skipping the recalculation check. Install libreoffice-calc-nogui to run it.");
}

describe.skipIf(!soffice)("LibreOffice recalculation of the workbook", () => {
  const seeds = seedResults();
  const cases = statusCases();
  const synthetic: ExtractionResult = { document: { ...DOC, title: "合成用例" }, targets: cases.map((c) => c.target) };
  const results = [...seeds.results, synthetic];
  const actuals = parseActualsCsv(
    // The illustrative file plus the synthetic cases' actuals, in one CSV.
    `${readFileSync(ACTUALS, "utf8")}\n${cases
      .map((c) => [c.target.id, c.actuals.baseYear ?? "", c.actuals.base ?? "", c.actuals.latestYear ?? "", c.actuals.latest ?? ""].join(","))
      .join("\n")}\n`,
  );
  const targets = new Map<string, Target>(results.flatMap((r) => r.targets.map((t) => [t.id, t] as [string, Target])));
  let sheets: Map<string, string[][]>;

  beforeAll(async () => {
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(WORK, { recursive: true });
    const csv = [...actuals.byId].map(([id, a]) => [id, a.baseYear ?? "", a.base ?? "", a.latestYear ?? "", a.latest ?? ""].join(",")).join("\n");
    const book = path.join(WORK, "targets.xlsx");
    await writeWorkbook(results, book, { actualsCsv: `id,base_year,base,latest_year,latest\n${csv}\n`, sourceTexts: seeds.texts });
    sheets = recalcWorkbook(soffice!, book, WORK); // one soffice call
  });

  /** A LibreOffice CSV cell as a number ("12.5%" → 0.125), an error code, or "" for blank. */
  const read = (s: string): number | string => {
    const t = s.trim();
    if (t === "" || t.startsWith("#") || t.startsWith("Err:")) return t;
    const pct = t.endsWith("%");
    const n = Number(t.replace(/%$/, "").replace(/,/g, ""));
    if (!Number.isFinite(n)) return t;
    return pct ? n / 100 : n;
  };
  const expectNumber = (got: number | string, want: () => number, what: string) => {
    let w: number | "error";
    try {
      w = want();
    } catch (e) {
      if (!isMeasureError(e)) throw e;
      w = "error";
    }
    if (w === "error") expect(String(got), what).toMatch(/^(#|Err:)/);
    else {
      expect(typeof got, `${what}: ${got}`).toBe("number");
      expect(Math.abs((got as number) - w), what).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(w)));
    }
  };

  it("computes every formula like src/core/measure for every row with actuals", () => {
    let checked = 0;
    const statuses = new Set<string>();
    for (const [name, rows] of sheets) {
      if (name === "仪表板") continue;
      for (const row of rows.slice(1)) {
        const id = row[columnIndex("id")]!;
        const a = actuals.byId.get(id);
        const t = targets.get(id);
        if (!a || !t) continue;
        const { base: B, baseYear: b, latest: L, latestYear: l } = a;
        if (B === null || b === null || L === null || l === null || t.year === null) continue;
        const T = t.value;
        const tt = t.year;
        const at = (k: Parameters<typeof columnIndex>[0]) => read(row[columnIndex(k)] ?? "");
        const label = STATUS_LABELS["zh-CN"][status({ base: B, baseYear: b, latest: L, latestYear: l, target: T, targetYear: tt, comparator: t.comparator, method: "time", tolerance: 0.05, kind: t.kind })];
        expect(row[columnIndex("status")] ?? "", `status of ${id}`).toBe(label);
        statuses.add(label);
        expectNumber(at("timeProgress"), () => timeProgress(b, l, tt), `time progress of ${id}`);
        if (t.kind === "growth") {
          expectNumber(at("reqGrowth"), () => T / 100, `required growth of ${id}`);
        } else {
          expectNumber(at("reqGrowth"), () => requiredGrowth(B, T, tt - b), `required growth of ${id}`);
          expectNumber(at("remGrowth"), () => remainingGrowth(L, l, T, tt), `remaining growth of ${id}`);
          expectNumber(at("gap"), () => gap(L, T, t.comparator, t.valueMax), `gap of ${id}`);
          expectNumber(at("progress"), () => completionProgress(B, L, T), `progress of ${id}`);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(40);
    for (const s of ["已完成", "正常", "预警", "滞后", "倒退", ""]) expect(statuses).toContain(s);
  });

  it("leaves formula cells blank where the user has not filled the inputs", () => {
    const first = sheets.get([...sheets.keys()][0]!)!;
    const blankRows = first.slice(1).filter((r) => !actuals.byId.has(r[columnIndex("id")]!));
    expect(blankRows.length).toBeGreaterThan(0);
    for (const r of blankRows) {
      for (const k of ["remGrowth", "gap", "progress", "timeProgress", "status"] as const) expect(r[columnIndex(k)]).toBe("");
    }
  });

  it("counts statuses on the dashboard as the tables show them", () => {
    const dash = sheets.get("仪表板")!;
    const header = dash[2]!;
    const counted = new Map<string, number>();
    for (const [name, rows] of sheets) {
      if (name === "仪表板") continue;
      for (const r of rows.slice(1)) counted.set(r[columnIndex("status")]!, (counted.get(r[columnIndex("status")]!) ?? 0) + 1);
    }
    const total = dash.find((r) => r[0] === "合计")!;
    for (const label of ["已完成", "正常", "预警", "滞后", "倒退"]) {
      expect(Number(total[header.indexOf(label)]), label).toBe(counted.get(label) ?? 0);
    }
    expect(Number(total[1])).toBe([...sheets].filter(([n]) => n !== "仪表板").reduce((n, [, rows]) => n + rows.length - 1, 0));
  });
});
