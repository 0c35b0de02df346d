// A batch is no transaction: commands before a failing one stay done (OfficeExtension.Error). An import that
// fails leaves no half-written sheet behind to be taken for the document's table, and removes only its own.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildSheetModel } from "../../src/core/sheet";
import { OWNER_PROPERTY, importTargets, type ImportOptions } from "../../src/excel";
import { FakeExcelError, installFakeExcel, type FakeExcelHost } from "../fakes/fake-excel";
import { DOC, manyTargets } from "../sheet/fixtures";

const options: ImportOptions = { language: "zh-CN", method: "time", tolerance: 0.05 };
let host: FakeExcelHost;
beforeEach(() => (host = installFakeExcel()));
afterEach(() => host.uninstall());

const sheetName = buildSheetModel(DOC, [], { ...options, flavour: "custom" }).sheetName;
const failAt = (label: string, code = "InvalidArgument") => {
  host.state.beforeCommand = (l) => {
    if (l === label) throw new FakeExcelError(code, `refused: ${label}`);
  };
};

describe("a first import that fails", () => {
  it("removes the sheet it added when its last batch fails, so the next import starts afresh", async () => {
    failAt("tables.add");
    await expect(importTargets(DOC, manyTargets(5), options)).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(host.state.sheets).toEqual([]);
    host.state.beforeCommand = null;
    const summary = await importTargets(DOC, manyTargets(5), options);
    expect(summary.sheetName).toBe(sheetName);
    expect(host.state.sheets.map((s) => s.customProperties.get(OWNER_PROPERTY))).toEqual([DOC.id]);
  });

  it("removes it too when a sync fails after earlier ones already wrote rows (a large import)", async () => {
    let formulas = 0;
    host.state.beforeCommand = (l) => {
      if (l === "formulas" && ++formulas === 10) throw new FakeExcelError("InvalidArgument", "refused");
    };
    const long = "坚持稳中求进工作总基调,完整准确全面贯彻新发展理念,".repeat(20);
    await expect(importTargets(DOC, manyTargets(8000).map((t) => ({ ...t, text: long })), options)).rejects.toThrow("refused");
    expect(host.stats.syncs).toBeGreaterThan(4);
    expect(host.state.sheets).toEqual([]);
  });

  it("never removes a sheet it did not add (a co-author's sheet of the same name)", async () => {
    host.state.beforeCommand = (l) => {
      if (l !== "worksheets.add") return;
      host.state.addSheet(sheetName).cell(0, 0).value = "theirs";
      throw new FakeExcelError("ItemAlreadyExists", "a sheet of that name exists");
    };
    await expect(importTargets(DOC, manyTargets(3), options)).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(host.state.sheets.map((s) => [s.name, s.get("A1")])).toEqual([[sheetName, "theirs"]]);
  });
});
