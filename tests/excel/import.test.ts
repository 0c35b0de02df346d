import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Target } from "../../src/core/model";
import { MISSING_FLAG, PROGRESS_BAR_COLOR, buildSheetModel, columnIndex, columnLetter, type SheetModel } from "../../src/core/sheet";
import { OWNER_PROPERTY, importTargets, type ImportOptions } from "../../src/excel";
import { PAYLOAD_LIMIT, installFakeExcel, type FakeExcelHost, type FakeSheet } from "../fakes/fake-excel";
import { DOC, makeTarget, manyTargets } from "../sheet/fixtures";

const options: ImportOptions = { language: "zh-CN", method: "time", tolerance: 0.05 };
let host: FakeExcelHost;
beforeEach(() => (host = installFakeExcel()));
afterEach(() => host.uninstall());

const model = (targets: Target[]): SheetModel => buildSheetModel(DOC, targets, { ...options, flavour: "custom" });
const at = (s: FakeSheet, r: number, c: number) => s.peek(r, c);
const cellOf = (s: FakeSheet, row: number, key: Parameters<typeof columnIndex>[0]) => at(s, row, columnIndex(key));

describe("importTargets: first import", () => {
  it("writes values, formulas, formats, validation and conditional formats as the sheet model says", async () => {
    const targets = manyTargets(10);
    const m = model(targets);
    const summary = await importTargets(DOC, targets, options);
    expect(summary).toMatchObject({ sheetName: m.sheetName, imported: 10, updated: 0, missing: 0 });
    expect(summary.syncs).toBeLessThanOrEqual(3);
    expect(host.stats.syncs).toBeLessThanOrEqual(3);
    expect(host.stats.calcSuspended).toBeGreaterThanOrEqual(1);
    const s = host.state.sheet(m.sheetName)!;
    expect(s.customProperties.get(OWNER_PROPERTY)).toBe(DOC.id);
    expect(s.tables).toHaveLength(1);
    expect(s.tables[0]).toMatchObject({ name: m.tableName, rows: 10, cols: m.columns.length, top: 0, left: 0 });
    expect(s.tables[0]!.headers()).toEqual(m.columns.map((c) => c.header));
    m.rows.forEach((row, i) => {
      m.columns.forEach((c, j) => {
        const cell = at(s, i + 1, j);
        if (c.formula) expect(cell?.formula).toBe(c.formula.structured);
        else expect(cell?.value ?? "").toBe(row.cells[j] ?? "");
        if (c.numberFormat !== "General") expect(cell?.numberFormat).toBe(c.numberFormat);
      });
    });
    expect(s.frozenRows).toBe(1);
    const letter = (k: Parameters<typeof columnIndex>[0]) => columnLetter(columnIndex(k));
    expect(s.validations.find((v) => v.address === `${letter("comparator")}2:${letter("comparator")}11`)?.rule.list.source).toBe(">,≥,＝,≈,≤,<,～");
    expect(s.validations.find((v) => v.address.startsWith(letter("baseYear")))?.rule.wholeNumber).toMatchObject({ formula1: 1949, formula2: 2100 });
    // Each rule says in the sheet's words what it wants when Excel refuses an entry.
    expect(s.validations.find((v) => v.address.startsWith(letter("baseYear")))?.errorAlert).toMatchObject({ message: "请输入 1949–2100 之间的年份", showAlert: true, style: "Stop", title: "基期年" });
    for (const v of m.validation) expect(s.validations.find((x) => x.address.startsWith(letter(v.column)))?.errorAlert?.message).toBe(v.message);
    const st = letter("status");
    const fills = s.cfs.filter((c) => c.type === "custom" && c.address === `${st}2:${st}11`);
    // The fills key on the status code, whatever words the status column shows; each of our rules carries the mark
    // that tells it from the user's on re-import.
    const code = letter("statusCode");
    const mark = 'ISTEXT("PlanTargets.table")';
    expect(fills.map((f) => f.formula)).toEqual(["achieved", "on-track", "moderate", "lagging", "away"].map((c) => `=AND(${mark},$${code}2="${c}")`));
    expect(fills.map((f) => f.fill)).toEqual(["#BDD7EE", "#C6EFCE", "#FFEB9C", "#FFC7CE", "#FF8080"]);
    const pr = letter("progress");
    expect(s.cfs.find((c) => c.type === "dataBar")).toMatchObject({ address: `${pr}2:${pr}11`, lowerBound: { formula: "0" }, upperBound: { formula: "1" } });
    const tp = letter("timeProgress");
    expect(s.cfs.find((c) => c.type === "custom" && c.address === `${tp}2:${tp}11`)?.formula).toBe(
      `=AND(${mark},AND(ISNUMBER($${pr}2),ISNUMBER($${letter("timeProgress")}2),$${pr}2<$${letter("timeProgress")}2))`,
    );
  });

  it("uses native formulas when asked", async () => {
    const targets = manyTargets(3);
    await importTargets(DOC, targets, { ...options, flavour: "native" });
    const s = host.state.sheets[0]!;
    expect(String(cellOf(s, 1, "reqGrowth")?.formula)).toContain("RRI(");
    expect(String(cellOf(s, 1, "reqGrowth")?.formula)).not.toContain("PLAN.");
  });

  it.each([10, 5000])("needs at most 3 syncs and stays under the payload limit for %i rows", async (n) => {
    const summary = await importTargets(DOC, manyTargets(n), options);
    expect(summary.syncs).toBeLessThanOrEqual(3);
    expect(host.stats.syncs).toBeLessThanOrEqual(3);
    expect(host.stats.maxPayload).toBeLessThan(PAYLOAD_LIMIT);
    expect(host.state.sheets[0]!.tables[0]!.rows).toBe(n);
  });

  it("splits a request that would pass 5 MB into more syncs rather than failing", async () => {
    const long = "很长的原文句子。".repeat(60);
    const targets = manyTargets(6000).map((t) => ({ ...t, text: long }));
    const summary = await importTargets(DOC, targets, options);
    expect(host.stats.maxPayload).toBeLessThan(PAYLOAD_LIMIT);
    expect(summary.syncs).toBeGreaterThan(2);
    expect(cellOf(host.state.sheets[0]!, 6000, "source")?.value).toBe(long);
  });

  it("never writes into a sheet it did not make: picks a fresh name", async () => {
    const m = model([]);
    const mine = host.state.addSheet(m.sheetName);
    mine.cell(0, 0).value = "my data";
    const summary = await importTargets(DOC, manyTargets(2), options);
    expect(summary.sheetName).toBe(`${m.sheetName} (2)`);
    expect(mine.get("A1")).toBe("my data");
    expect(mine.cells.size).toBe(1);
  });

  it("imports a document without targets as an empty table", async () => {
    const summary = await importTargets(DOC, [], options);
    expect(summary.imported).toBe(0);
    expect(host.state.sheets[0]!.tables[0]!.rows).toBe(1);
  });
});

describe("importTargets: re-import", () => {
  const USER = ["baseYear", "base", "latestYear", "latest", "notes"] as const;

  it("keeps every user-filled cell and user column, appends new targets, flags missing ones (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 25 }),
        fc.array(fc.record({ row: fc.nat(), key: fc.constantFrom(...USER), value: fc.oneof(fc.integer({ min: 1990, max: 2030 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.string({ maxLength: 8 })) }), { maxLength: 40 }),
        fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }),
        fc.integer({ min: 0, max: 5 }),
        fc.boolean(),
        async (n, edits, keepMask, added, sortRows) => {
          host.uninstall();
          host = installFakeExcel();
          const first = Array.from({ length: n }, (_, i) => makeTarget({ id: `k${i}`, value: 10 + i }));
          await importTargets(DOC, first, options);
          const s = host.state.sheets[0]!;
          const t = s.tables[0]!;
          // The user adds a column of their own and fills some cells.
          await Excel.run(async (context) => {
            const table = context.workbook.tables.getItem(t.name);
            table.columns.add(undefined, [["我的列"], ...first.map((x) => [`note-${x.id}`])], "我的列");
            await context.sync();
          });
          const userCol = t.cols - 1;
          if (sortRows) {
            // The user sorts the table (reverses it): rows move with their cells.
            const snapshot = Array.from({ length: n }, (_, i) => Array.from({ length: t.cols }, (_, j) => ({ ...s.cell(1 + i, j) })));
            snapshot.reverse().forEach((row, i) => row.forEach((cell, j) => Object.assign(s.cell(1 + i, j), cell)));
          }
          const expected = new Map<string, Record<string, unknown>>();
          for (const e of edits) {
            const row = 1 + (e.row % n);
            const id = String(s.cell(row, 0).value);
            s.cell(row, columnIndex(e.key)).value = e.value;
            expected.set(id, { ...(expected.get(id) ?? {}), [e.key]: e.value });
          }
          const second = [
            ...first.filter((_, i) => keepMask[i]).map((x) => ({ ...x, indicator: `${x.indicator}(修订)` })),
            ...Array.from({ length: added }, (_, i) => makeTarget({ id: `new${i}` })),
          ];
          const before = host.stats.syncs;
          const summary = await importTargets(DOC, second, options);
          expect(host.stats.syncs - before).toBeLessThanOrEqual(3);
          expect(host.state.sheets).toHaveLength(1);
          expect(t.rows).toBe(n + added);
          const rowById = new Map(Array.from({ length: t.rows }, (_, i) => [String(s.cell(1 + i, 0).value), 1 + i]));
          expect(rowById.size).toBe(n + added);
          for (const [id, cells] of expected) {
            for (const [key, value] of Object.entries(cells)) expect(s.cell(rowById.get(id)!, columnIndex(key as never)).value).toEqual(value);
          }
          for (const x of first) expect(s.cell(rowById.get(x.id)!, userCol).value).toBe(`note-${x.id}`);
          const kept = new Set(second.map((x) => x.id));
          for (const x of first) {
            const r = rowById.get(x.id)!;
            // A kept target whose indicator the revision reworded asks the user to check the match.
            expect(s.cell(r, columnIndex("flag")).value).toBe(kept.has(x.id) ? `请核对：指标原为 ${x.indicator}` : MISSING_FLAG["zh-CN"]);
            if (kept.has(x.id)) expect(s.cell(r, columnIndex("indicator")).value).toBe(`${x.indicator}(修订)`);
            else expect(s.cell(r, columnIndex("indicator")).value).toBe(x.indicator);
          }
          for (let i = 0; i < added; i++) expect(rowById.has(`new${i}`)).toBe(true);
          // Every row, old or new, computes: formula columns hold the formula.
          for (let r = 1; r <= t.rows; r++) expect(s.cell(r, columnIndex("status")).formula).toMatch(/^=/);
          const keptOld = first.filter((x) => kept.has(x.id)).length;
          expect(summary).toMatchObject({ imported: added, updated: keptOld, missing: n - keptOld });
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });

  it("reports rows whose user cells were kept", async () => {
    const first = manyTargets(4);
    await importTargets(DOC, first, options);
    const s = host.state.sheets[0]!;
    s.cell(2, columnIndex("latest")).value = 42;
    const summary = await importTargets(DOC, first, options);
    expect(summary).toMatchObject({ updated: 4, kept: 1, imported: 0, missing: 0 });
    expect(s.cell(2, columnIndex("latest")).value).toBe(42);
  });

  it("does not duplicate conditional formats on re-import", async () => {
    const first = manyTargets(4);
    await importTargets(DOC, first, options);
    const n = host.state.sheets[0]!.cfs.length;
    await importTargets(DOC, [...first, makeTarget({ id: "extra" })], options);
    const s = host.state.sheets[0]!;
    expect(s.cfs.length).toBe(n);
    const st = columnLetter(columnIndex("status"));
    expect(s.cfs.some((c) => c.address === `${st}2:${st}6`)).toBe(true);
  });

  it("keeps the user's own conditional formats, on their own columns and across the table", async () => {
    const first = manyTargets(4);
    await importTargets(DOC, first, options);
    const s = host.state.sheets[0]!;
    const t = s.tables[0]!;
    await Excel.run(async (context) => {
      context.workbook.tables.getItem(t.name).columns.add(undefined, [["我的列"], ...first.map(() => [1])], "我的列");
      await context.sync();
    });
    const mine = columnLetter(t.cols - 1);
    s.cfs.push({ id: "user-column", type: "custom", address: `${mine}2:${mine}5`, formula: `=${mine}2>0`, fill: "#00FF00" });
    s.cfs.push({ id: "user-table", type: "custom", address: `A2:${mine}5`, formula: "=$A2=\"x\"", fill: "#0000FF" });
    s.cfs.push({ id: "user-bar", type: "dataBar", address: `${mine}2:${mine}5` });
    // A bar of the user's own on our progress column, in our colour but with automatic bounds.
    const pr = columnLetter(columnIndex("progress"));
    s.cfs.push({ id: "user-progress", type: "dataBar", address: `${pr}2:${pr}5`, barColor: PROGRESS_BAR_COLOR });
    const ours = s.cfs.filter((c) => !c.id!.startsWith("user")).length;
    await importTargets(DOC, [...first, makeTarget({ id: "extra" })], options);
    expect(s.cfs.filter((c) => c.id!.startsWith("user")).map((c) => [c.id, c.address])).toEqual([
      ["user-column", `${mine}2:${mine}5`],
      ["user-table", `A2:${mine}5`],
      ["user-bar", `${mine}2:${mine}5`],
      ["user-progress", `${pr}2:${pr}5`],
    ]);
    // Ours were replaced over the grown body, not stacked.
    expect(s.cfs.filter((c) => !c.id!.startsWith("user"))).toHaveLength(ours);
    const st = columnLetter(columnIndex("status"));
    expect(s.cfs.filter((c) => c.address === `${st}2:${st}6`)).toHaveLength(5);
  });

  it("re-imports a sheet made in the other language, matching headers in either", async () => {
    const first = manyTargets(3);
    await importTargets(DOC, first, { ...options, language: "en-US" });
    const s = host.state.sheets[0]!;
    s.cell(1, columnIndex("base")).value = 7;
    const summary = await importTargets(DOC, first, options);
    expect(summary).toMatchObject({ updated: 3, imported: 0 });
    expect(s.cell(1, columnIndex("base")).value).toBe(7);
    // Formulas name the table's actual (English) headers, so they still resolve.
    const f = String(s.cell(3, columnIndex("statusCode")).formula);
    expect(f).toContain('PLAN.STATUS([@[Base value]],[@[Base year]],[@[Latest value]],[@[Latest year]],[@Target],[@[Target year]],[@Comparator],"time",0.05,[@Kind],[@[Target max]],"code",TRUE)');
    expect(f).not.toContain("基期值");
  });
});
