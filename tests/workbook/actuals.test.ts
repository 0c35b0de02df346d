import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ActualsError, parseActualsCsv } from "../../src/cli/actuals";

describe("actuals CSV", () => {
  it("reads ids and numbers, skipping comments and blank lines; empty fields are blanks", () => {
    const t = parseActualsCsv("\uFEFF# illustrative\nid,base_year,base,latest_year,latest\n\na1,2020,\"1,200.5\",2023,1300\na2,2020,80,,\n");
    expect(t.byId.get("a1")).toEqual({ baseYear: 2020, base: 1200.5, latestYear: 2023, latest: 1300 });
    expect(t.byId.get("a2")).toEqual({ baseYear: 2020, base: 80, latestYear: null, latest: null });
    expect(t.lineOf.get("a2")).toBe(5);
  });

  it("accepts the sheet's Chinese headers in any order", () => {
    const t = parseActualsCsv("最新值,ID,基期年,基期值,最新年\n9,x,2020,5,2022\n");
    expect(t.byId.get("x")).toEqual({ baseYear: 2020, base: 5, latestYear: 2022, latest: 9 });
  });

  it.each([
    ["id,base_year,base,latest_year,latest\nx,2020,abc,2021,3", /line 2, column "base": "abc" is not a number/],
    ["id,base_year,base,latest_year,latest\nx,20.5,1,2021,3", /line 2, column "base_year": "20.5" is not a year/],
    ["id,base_year,base,latest_year\nx,2020,1,2021", /line 1: missing column\(s\): latest/],
    ["id,base_year,base,latest_year,latest,colour\n", /line 1, column "colour": unknown column/],
    ["id,base_year,base,latest_year,latest\nx,2020,1,2021", /line 2: expected 5 fields, found 4/],
    ["id,base_year,base,latest_year,latest\nx,2020,1,2021,3\nx,2020,1,2021,3", /line 3, column "id": id x already given on line 2/],
    ["id,base_year,base,latest_year,latest\n,2020,1,2021,3", /line 2, column "id": empty id/],
    ["id,base_year,base,latest_year,latest\n\"x,2020,1,2021,3", /line 2: unterminated quoted field/],
    ["# only a comment\n", /no header line/],
  ])("rejects bad input with the line and column: %#", (csv, message) => {
    expect(() => parseActualsCsv(csv)).toThrow(ActualsError);
    expect(() => parseActualsCsv(csv)).toThrow(message);
  });
});

describe("actuals given to the workbook writer", () => {
  const HEADER = "id,base_year,base,latest_year,latest";

  it("takes the CSV text itself, even a header alone", async () => {
    const { buildWorkbook } = await import("../../src/cli/xlsx");
    expect(buildWorkbook([], { actualsText: HEADER }).summary.warnings).toEqual([]);
    expect(() => buildWorkbook([], { actualsText: `${HEADER}\nx,abc,1,2,3\n` })).toThrow(/line 2, column "base_year"/);
  });

  it("reads a path as a file and text as CSV, never guessing which one it got", async () => {
    const { buildWorkbook } = await import("../../src/cli/xlsx");
    const dir = mkdtempSync(path.join(tmpdir(), "actuals-"));
    const file = path.join(dir, "a.csv");
    writeFileSync(file, `${HEADER}\nnope,2020,1,2021,2\n`);
    expect(buildWorkbook([], { actualsPath: file }).summary.warnings).toEqual(["actuals line 2: id nope matches no extracted target"]);
    // A path given as text is CSV with one unknown column, not a file to open.
    expect(() => buildWorkbook([], { actualsText: file })).toThrow(/line 1, column ".*a\.csv": unknown column/);
    // CSV text given as a path is a file that does not exist.
    expect(() => buildWorkbook([], { actualsPath: `${HEADER}\n` })).toThrow(/^cannot read the actuals file id,base_year/);
    expect(() => buildWorkbook([], { actualsPath: path.join(dir, "missing.csv") })).toThrow(/cannot read the actuals file .*missing\.csv/);
    expect(() => buildWorkbook([], { actualsPath: file, actualsText: HEADER })).toThrow(/either as a file path or as CSV text, not both/);
  });
});
