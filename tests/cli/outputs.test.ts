// What the CLI writes and reads at its edges: numbers beyond double range, CSV cells a spreadsheet would run
// as formulas, output folders, --actuals with formats that have no actuals columns, UTF-16 without a BOM.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { csvCell, toCsv, toJson } from "../../src/cli/formats";
import { extract } from "../../src/core";
import { decodeDocument } from "../../src/core/text/decode";
import { parseCsv } from "../libreoffice/recalc";
import { ROOT as root, cli } from "./run-cli";

const seed004 = path.join(root, "seeds/004_6598c0edc5eceb15.txt");
const dir = mkdtempSync(path.join(tmpdir(), "plan-targets-outputs-"));


const oneLineError = (stderr: string, pattern: RegExp): void => {
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr.trim()).toMatch(pattern);
  expect(stderr).not.toMatch(/\bat .*\(|ENOENT|Error:/);
};

describe("a number beyond the range of doubles", () => {
  // 1 followed by 310 zeros: more than Number.MAX_VALUE (about 1.8e308).
  const huge = `到2025年，地区生产总值突破1${"0".repeat(310)}.5亿元。到2025年，常住人口达到120万人。`;
  const file = path.join(dir, "huge.txt");
  writeFileSync(file, huge);

  it("is left out of JSON with a one-line error, never written as null or Infinity", () => {
    const r = cli("--format", "json", file);
    expect(r.code).toBe(2);
    oneLineError(r.stderr, /^error: huge: value of "地区生产总值突破10000.*" \(characters \d+–\d+\) is beyond the range of numbers; target left out$/);
    const targets = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(targets.map((t) => [t.indicator, t.value])).toEqual([["常住人口", 120]]);
    for (const t of targets) for (const v of Object.values(t)) if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
  });

  it("never reaches CSV or the workbook", async () => {
    const csv = cli("--format", "csv", file);
    expect(csv.code).toBe(2);
    expect(csv.stdout).not.toMatch(/Infinity/);
    expect(csv.stdout).toMatch(/常住人口/);
    const out = path.join(dir, "huge.xlsx");
    expect(cli("--format", "xlsx", "--out", out, file).code).toBe(2);
    const zip = await JSZip.loadAsync(readFileSync(out));
    for (const name of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f))) {
      expect(await zip.file(name)!.async("string"), name).not.toMatch(/Infinity|NaN/);
    }
  });

  it("in the actuals CSV is an error naming the line and column", () => {
    const actuals = path.join(dir, "huge-actuals.csv");
    writeFileSync(actuals, "id,base_year,base,latest_year,latest\nx,2020,1e400,2023,5\n");
    const r = cli("--format", "xlsx", "--out", path.join(dir, "a.xlsx"), "--actuals", actuals, seed004);
    expect(r.code).not.toBe(0);
    oneLineError(r.stderr, /line 2, column "base": "1e400" is not a number/);
  });
});

describe("CSV for spreadsheet users", () => {
  const result = extract("到2025年，地区生产总值突破970亿元，城镇调查失业率控制在5.5%以内。", { docId: "doc" });
  const t = result.targets[0]!;
  const risky = [
    { ...t, id: "a", indicator: "=HYPERLINK(\"http://x\",\"y\")", comparator: "=" as const },
    { ...t, id: "b", indicator: "+1+cmd|' /C calc'!A0", responsible: ["@SUM(1)"] },
    { ...t, id: "c", indicator: "-2+3", section: ["\tTab", "\rCR"], value: -13.5 },
  ];
  const results = [{ ...result, targets: [...result.targets, ...risky] }];

  it("has no cell that starts like a formula, the comparator column included; numbers stay numbers", () => {
    const rows = parseCsv(toCsv(results).replace(/^\ufeff/, ""));
    const header = rows[0]!;
    for (const row of rows.slice(1)) {
      row.forEach((cell, i) => {
        if (/^[=+\-@\t\r]/.test(cell)) expect(cell, `${header[i]} = ${JSON.stringify(cell)}`).toMatch(/^-?\d+(\.\d+)?$/);
      });
    }
    const at = (id: string, column: string): string => rows.find((r) => r[0] === id)![header.indexOf(column)]!;
    expect([at("a", "comparator"), at("a", "indicator")]).toEqual(["'=", "'=HYPERLINK(\"http://x\",\"y\")"]);
    expect([at("b", "indicator"), at("b", "responsible")]).toEqual(["'+1+cmd|' /C calc'!A0", "'@SUM(1)"]);
    expect([at("c", "indicator"), at("c", "section"), at("c", "value")]).toEqual(["'-2+3", "'\tTab > \rCR", "-13.5"]);
  });

  it("escapes by rule: a leading apostrophe, then RFC 4180 quoting", () => {
    expect(["=", ">=", "<=", "~", "-13.5", "+5", "-", "@x", "=a,b", "plain"].map(csvCell)).toEqual([
      "'=", ">=", "<=", "~", "-13.5", "+5", "'-", "'@x", "\"'=a,b\"", "plain",
    ]);
  });

  it("leaves JSON as the engine gives it", () => {
    const json = JSON.parse(toJson(results)) as { indicator: string; comparator: string }[];
    expect(json.slice(-3).map((x) => [x.indicator, x.comparator])).toEqual([
      ["=HYPERLINK(\"http://x\",\"y\")", "="], ["+1+cmd|' /C calc'!A0", t.comparator], ["-2+3", t.comparator],
    ]);
  });
});

describe("output paths", () => {
  it("creates a missing output folder", () => {
    const out = path.join(dir, "new", "deeper", "targets.json");
    const r = cli("--format", "json", "--out", out, seed004);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).length).toBeGreaterThan(0);
    const book = path.join(dir, "new2", "book.xlsx");
    expect(cli("--format", "xlsx", "--out", book, seed004).code).toBe(0);
    expect(existsSync(book)).toBe(true);
  });

  it("an output under a file, or onto a folder, is a one-line error", () => {
    const file = path.join(dir, "plain-file");
    writeFileSync(file, "x");
    const r = cli("--format", "csv", "--out", path.join(file, "t.csv"), seed004);
    expect(r.code).toBe(2);
    oneLineError(r.stderr, /^error: cannot write .*plain-file\/t\.csv: part of the path is a file, not a folder$/);
    const folder = path.join(dir, "a-folder");
    mkdirSync(folder, { recursive: true });
    const r2 = cli("--format", "json", "--out", folder, seed004);
    expect(r2.code).toBe(2);
    oneLineError(r2.stderr, /^error: cannot write .*a-folder: it is a folder$/);
  });
});

describe("--actuals", () => {
  it.each(["json", "csv", "table"])("with --format %s is refused, never silently ignored", (format) => {
    const actuals = path.join(root, "examples/actuals-illustrative.csv");
    const r = cli("--format", format, "--actuals", actuals, seed004);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    oneLineError(r.stderr, new RegExp(`--actuals fills the base and latest columns of --format xlsx; ${format} has no such columns`));
  });
});

describe("UTF-16 without a byte-order mark", () => {
  const sentence = "到2025年，地区生产总值突破970亿元。\n";
  // No ASCII at all, so no zero bytes: full-width digits and a Chinese year.
  const chineseOnly = "到二〇二五年，地区生产总值突破９７０亿元。";
  const be = (s: string): Buffer => Buffer.from(s, "utf16le").swap16();

  it.each([
    ["little-endian, with ASCII", Buffer.from(sentence, "utf16le"), "utf-16le"],
    ["big-endian, with ASCII", be(sentence), "utf-16be"],
    ["little-endian, Chinese only", Buffer.from(chineseOnly, "utf16le"), "utf-16le"],
    ["big-endian, Chinese only", be(chineseOnly), "utf-16be"],
  ])("is detected: %s", (_, bytes, encoding) => {
    const decoded = decodeDocument(new Uint8Array(bytes));
    expect(decoded.encoding).toBe(encoding);
    const file = path.join(dir, `utf16-${encoding}-${bytes.length}.txt`);
    writeFileSync(file, bytes);
    const r = cli("--format", "json", file);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { indicator: string; value: number }[]).map((t) => [t.indicator, t.value])).toEqual([["地区生产总值", 970]]);
  });

  it("16-bit binary data and GBK text are not taken for UTF-16", () => {
    const samples = new Uint8Array(400);
    for (let i = 0; i < 200; i++) samples[2 * i] = (i * 37) % 31; // small 16-bit integers, little-endian
    expect(() => decodeDocument(samples)).toThrow(/binary/);
    const gbk = Buffer.from([0xb5, 0xd8, 0xc7, 0xf8, 0xc9, 0xfa, 0xb2, 0xfa, 0xd7, 0xdc, 0xd6, 0xb5, 0xcd, 0xbb, 0xc6, 0xc6, 0xd2, 0xda, 0xd4, 0xaa]);
    expect(decodeDocument(new Uint8Array(gbk))).toEqual({ text: "地区生产总值突破亿元", encoding: "gbk" });
  });
});

describe("--status-words", () => {
  const plan = path.join(root, "seeds/004_6598c0edc5eceb15.txt");
  const sharedStrings = async (file: string): Promise<string> =>
    (await JSZip.loadAsync(readFileSync(file)).then((z) => z.file("xl/sharedStrings.xml")!.async("string")));

  it("shows the workbook's statuses in the mid-term review's words when asked, the standard ones by default", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "plan-targets-words-"));
    const review = path.join(dir, "review.xlsx");
    const standard = path.join(dir, "standard.xlsx");
    expect(cli("--format", "xlsx", "--status-words", "review", "--out", review, plan).code).toBe(0);
    expect(cli("--format", "xlsx", "--out", standard, plan).code).toBe(0);
    expect(await sharedStrings(review)).toMatch(/快于预期/);
    expect(await sharedStrings(standard)).not.toMatch(/快于预期/);
    const bad = cli("--status-words", "nice", plan);
    expect([bad.code !== 0, bad.stderr.trim()]).toEqual([true, 'error: unknown status words "nice" (standard, review, eurostat)']);
  });
});
