// What the import, highlight and dashboard code tells the user when it stops: plain words in the sheet's
// language, fit to sit inside the pane's sentence ("That did not work: …. Try again").
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COLUMNS, buildSheetModel } from "../../src/core/sheet";
import { buildDashboard, importTargets } from "../../src/excel";
import { MESSAGES, fieldWords } from "../../src/excel/messages";
import { SyncBudget } from "../../src/excel/payload";
import { installFakeExcel, type FakeExcelHost } from "../fakes/fake-excel";
import { DOC, manyTargets } from "../sheet/fixtures";

let host: FakeExcelHost;
beforeEach(() => (host = installFakeExcel()));
afterEach(() => host.uninstall());

/** Signs of a programmer's message rather than a user's: code names, notation, stack-trace words. */
function notPlain(message: string): string | null {
  if (/[a-z][A-Z]/.test(message)) return "a camelCase name";
  if (/"[a-z]+"/.test(message)) return "a quoted key";
  if (/[[\]{}]|\(\s*\d+\s*,/.test(message)) return "brackets or interval notation";
  if (/\b(undefined|null|NaN|Error|exception|budget|payload|request)\b/i.test(message)) return "a programming word";
  if (/[.。]$/.test(message)) return "a closing full stop (the pane adds its own)";
  return null;
}

describe("messages", () => {
  it("every message reads as plain words in both languages", () => {
    for (const [language, table] of Object.entries(MESSAGES)) {
      for (const [key, make] of Object.entries(table)) {
        const text = (make as (...a: string[]) => string)(language === "zh-CN" ? "基期值" : "base value", "4");
        expect(notPlain(text), `${language} ${key}: ${text}`).toBeNull();
        if (language === "en-US") expect(text[0], `${key} starts in lower case`).toMatch(/[a-z“]/);
        else expect(text, `${key} is Chinese`).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it("names columns by what they hold, as the sheet's headers do", () => {
    expect(fieldWords("base", "en-US")).toBe("base value");
    expect(fieldWords("latestYear", "zh-CN")).toBe("最新年");
    for (const c of COLUMNS) expect(notPlain(fieldWords(c.key, "en-US")), c.key).toBeNull();
  });

  it("re-import explains a table that lost its ID column", async () => {
    await importTargets(DOC, manyTargets(3), { language: "zh-CN", method: "time", tolerance: 0.05 });
    const model = buildSheetModel(DOC, [], { language: "zh-CN", method: "time", tolerance: 0.05, flavour: "custom" });
    host.state.sheet(model.sheetName)!.cell(0, 0).value = "编号";
    await expect(importTargets(DOC, manyTargets(3), { language: "zh-CN", method: "time", tolerance: 0.05 }))
      .rejects.toThrow("表格中已找不到“ID”列，无法把已有的行与文件中的目标对应起来：请恢复标题为 ID 的列后重试");
    await expect(importTargets(DOC, manyTargets(3), { language: "en-US", method: "time", tolerance: 0.05 }))
      .rejects.toThrow(/^the table no longer has its ID column, so its rows cannot be matched to the document's targets: put back the column headed ID and try again$/);
  });

  it("the dashboard asks for an import first instead of making an empty sheet", async () => {
    host.state.addSheet("Sheet1");
    await expect(buildDashboard({ language: "zh-CN" })).rejects.toThrow("工作簿中还没有加载项导入的目标表：请先导入一个文件，再生成概览表");
    await expect(buildDashboard({ language: "en-US" })).rejects.toThrow(/^the workbook has no targets table imported by the add-in yet/);
    expect(host.state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("an oversized write says what is too large in megabytes", async () => {
    const budget = new SyncBudget({ sync: async () => undefined }, 1024 * 1024);
    await expect(budget.reserve(3 * 1024 * 1024)).rejects.toThrow("one piece of the table is too large to send to Excel at once (3.0 MB; the limit is 1.0 MB)");
  });

  it("the sheet model states the tolerance rule in words", () => {
    expect(() => buildSheetModel(DOC, [], { language: "zh-CN", method: "time", tolerance: 5, flavour: "native" }))
      .toThrow("the tolerance must be a fraction from 0 to below 1 (0.05 = 5 points), not 5");
  });
});
