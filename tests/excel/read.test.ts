// Reading columns of a large table under the 5 MB response limit: windows sized by what rows weigh, and a
// window that still overflows asked again in halves.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SyncBudget } from "../../src/excel/payload";
import { ColumnReader, syncReads } from "../../src/excel/read";
import { PAYLOAD_LIMIT, installFakeExcel, type FakeExcelHost } from "../fakes/fake-excel";

let host: FakeExcelHost;
beforeEach(() => (host = installFakeExcel()));
afterEach(() => host.uninstall());

describe("ColumnReader", () => {
  it("reads every row of the chosen columns, even when its first guess of row size was far too small", async () => {
    const s = host.state.addSheet("S");
    const rows = 6000;
    for (let r = 0; r < rows; r++) {
      s.cell(r, 0).value = `id-${r}`;
      s.cell(r, 1).value = "长".repeat(500) + r;
      s.cell(r, 2).value = r;
    }
    const got = await Excel.run(async (context) => {
      const budget = new SyncBudget(context);
      const reader = new ColumnReader(budget, 100);
      await syncReads(budget, (scale) => {
        const body = context.workbook.worksheets.getItem("S").getRange(`A1:C${rows}`);
        reader.queue([{ body, columns: [1, 2] }], scale);
      });
      const columns = await reader.read();
      return { columns, syncs: budget.syncs };
    });
    const [text, numbers] = got.columns[0]!;
    expect(text).toHaveLength(rows);
    expect(numbers).toEqual(Array.from({ length: rows }, (_, r) => r));
    expect(text![rows - 1]).toBe("长".repeat(500) + (rows - 1));
    // The overflowing first attempts were refused by the host, then every answer stayed under the limit.
    expect(host.stats.responseBytes.filter((b) => b > PAYLOAD_LIMIT).length).toBeGreaterThan(0);
    expect(host.stats.responseBytes.at(-1)).toBeLessThan(PAYLOAD_LIMIT);
    expect(got.syncs).toBe(host.stats.syncs);
  });
});
