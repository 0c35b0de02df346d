// The CLI end to end: formats, and one-line errors (never a stack trace) for bad input.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import { toCsv, toJson, toTable } from "../../src/cli/formats";
import { docIdFor } from "../../src/cli/read-input";
import { extract } from "../../src/core";
import { ROOT as root, cli } from "./run-cli";

const seed004 = path.join(root, "seeds/004_6598c0edc5eceb15.txt");
const dir = mkdtempSync(path.join(tmpdir(), "plan-targets-cli-"));


/** GBK bytes of a short plan sentence (encoded by hand from the GBK table: 地区生产总值突破970亿元). */
const GBK_SENTENCE = Buffer.from([
  0xb5, 0xd8, 0xc7, 0xf8, 0xc9, 0xfa, 0xb2, 0xfa, 0xd7, 0xdc, 0xd6, 0xb5, 0xcd, 0xbb, 0xc6, 0xc6, 0x39, 0x37, 0x30, 0xd2, 0xda, 0xd4, 0xaa, 0xa1, 0xa3,
]);

describe("CLI errors", () => {
  it.each([
    ["a missing file", () => path.join(dir, "nope.txt"), /no such file/],
    ["a directory", () => { const d = path.join(dir, "adir"); mkdirSync(d, { recursive: true }); return d; }, /is a directory/],
    ["a binary file", () => { const f = path.join(dir, "bin.png"); writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2])); return f; }, /binary/],
    ["invalid UTF-8 that is not GBK", () => { const f = path.join(dir, "bad.txt"); writeFileSync(f, Buffer.from([0x41, 0xff, 0xfe, 0xff, 0x80, 0x80])); return f; }, /not valid UTF-8/],
  ])("%s gives one line on stderr and a non-zero exit", (_, make, message) => {
    const r = cli((make as () => string)());
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).not.toMatch(/\bat .*\(|Error:/);
  });

  it("a bad file among good ones is reported, the others still come out", () => {
    const r = cli("--format", "json", path.join(dir, "missing.txt"), seed004);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
    const targets = JSON.parse(r.stdout) as { docId: string }[];
    expect(targets.length).toBeGreaterThan(0);
    expect(new Set(targets.map((t) => t.docId))).toEqual(new Set(["004"]));
  });

  it("an unknown format is a usage error", () => {
    const r = cli("--format", "pdf", seed004);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown format/);
  });
});

describe("CLI input", () => {
  it("an empty file gives an empty result", () => {
    const f = path.join(dir, "empty.txt");
    writeFileSync(f, "");
    const r = cli(f);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it("decodes a GBK file", () => {
    const f = path.join(dir, "gbk.txt");
    writeFileSync(f, GBK_SENTENCE);
    const r = cli("--format", "json", f);
    expect(r.code).toBe(0);
    const [t] = JSON.parse(r.stdout);
    expect([t.indicator, t.comparator, t.value, t.unit, t.text, t.docId]).toEqual(["地区生产总值", ">", 970, "亿元", "地区生产总值突破970亿元", "gbk"]);
  });

  it("names documents by seed prefix or base name", () => {
    expect(docIdFor("seeds/004_6598c0edc5eceb15.txt")).toBe("004");
    expect(docIdFor("/x/plan.txt")).toBe("plan");
  });
});

describe("CLI formats", () => {
  const results = [extract(readFileSync(seed004, "utf8"), { docId: "004" })];

  it("json is one array with the fields the scorer needs", async () => {
    const r = cli("--format", "json", seed004);
    const arr = JSON.parse(r.stdout);
    expect(arr.length).toBe(results[0].targets.length);
    for (const k of ["indicator", "comparator", "value", "valueMax", "unit", "year", "period", "kind", "start", "end", "text", "responsible", "section", "id", "docId"]) {
      expect(arr[0]).toHaveProperty(k);
    }
    expect(JSON.parse(toJson(results))).toEqual(arr);
  });

  it("csv is RFC 4180 with a UTF-8 BOM", () => {
    const csv = toCsv(results);
    expect(csv.startsWith("\ufeffid,docId,")).toBe(true);
    expect(csv.split("\r\n").length).toBe(results[0].targets.length + 2);
    // fields with commas, quotes or line breaks are quoted, quotes doubled
    const odd = extract('他说"新增1,200人以上",新增高技能人才1200人以上。', { docId: "q" });
    odd.targets[0].indicator = '新增"高技能",人才';
    expect(toCsv([odd])).toContain('"新增""高技能"",人才"');
  });

  it("table aligns columns and counts targets", () => {
    const table = toTable(results);
    expect(table).toMatch(/^id\s+year\s+indicator/);
    expect(table.trim().split("\n").at(-1)).toBe(`${results[0].targets.length} target(s) in 1 document(s)`);
  });

  it("writes to --out", async () => {
    const out = path.join(dir, "t.csv");
    expect(await run(["--format", "csv", "--out", out, seed004])).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(toCsv(results));
  });
});

describe("CLI options of the review", () => {
  const plan = path.join(dir, "plan-2026.txt");
  writeFileSync(plan, "今年地区生产总值增长5.5%左右。全市3家“旗舰”企业精准扶优扶强。\n");

  it("--format mentions lists every number with its role; every target is one of them", () => {
    const r = cli("--format", "mentions", "--doc-year", "2026", plan);
    expect(r.code).toBe(0);
    const mentions = JSON.parse(r.stdout) as { text: string; role: string; reason: string; targetId?: string }[];
    expect(mentions.map((m) => [m.text, m.role])).toEqual([["5.5%左右", "target"], ["3家", "possible"]]);
    expect(mentions.every((m) => m.reason.length > 0 && m.targetId)).toBe(true);
  });

  it("--doc-year dates 今年; --min-confidence high leaves the unsure targets out", () => {
    const all = JSON.parse(cli("--doc-year", "2026", plan).stdout) as { year: number; confidence: string }[];
    expect(all.map((t) => [t.year, t.confidence])).toEqual([[2026, "high"], [2026, "low"]]);
    const high = JSON.parse(cli("--doc-year", "2027", "--min-confidence", "high", plan).stdout) as { year: number }[];
    expect(high.map((t) => t.year)).toEqual([2027]);
    expect(cli("--format", "csv", "--min-confidence", "high", plan).stdout.trim().split("\r\n")).toHaveLength(2);
  });

  it.each([
    [["--doc-year", "26", plan], /--doc-year needs a year/],
    [["--min-confidence", "medium", plan], /unknown confidence "medium"/],
    [["--bogus", plan], /Unknown option '--bogus'/],
  ])("%j is a one-line usage error", (args, message) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toMatch(message);
  });
});
