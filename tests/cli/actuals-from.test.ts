// --actuals-from end to end: the real 2025 郑州 bulletin against a test-fixture plan naming 地区生产总值,
// 常住人口城镇化率, 社会消费品零售总额, 一般公共预算收入 and 规模以上工业增加值年均增长 (tests/observe/fixtures, written
// for this test, not a real document); the report on stderr, the JSON fields, the workbook cells, conflicts with
// --actuals, another city's bulletin, and a bulletin that cannot be read.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Target } from "../../src/core/model";
import { columnIndex } from "../../src/core/sheet";

const root = path.resolve(__dirname, "../..");
const PLAN = path.join(root, "tests/observe/fixtures/zhengzhou-plan-fixture.txt");
const ZHENGZHOU = path.join(root, "tests/observe/labels/02_zhengzhou_2025.txt");
const XIAN = path.join(root, "tests/observe/labels/12_xian_2025.txt");
const dir = mkdtempSync(path.join(tmpdir(), "plan-targets-actuals-from-"));

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "src/cli/main.ts"), ...args], { cwd: root, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const byIndicator = (targets: Target[], name: string): Target => targets.find((t) => t.indicator.endsWith(name))!;

describe("--actuals-from with the real 2025 郑州 bulletin", () => {
  const r = cli("--format", "json", "--actuals-from", ZHENGZHOU, PLAN);
  const targets = JSON.parse(r.stdout) as Target[];
  const bulletin = readFileSync(ZHENGZHOU, "utf8");

  it("fills each target's latest value; the growth target takes the growth rate", () => {
    expect(r.code).toBe(0);
    const want: [string, number][] = [
      ["地区生产总值", 15244.6], ["常住人口城镇化率", 81.52], ["社会消费品零售总额", 6629.4], ["一般公共预算收入", 1181.3], ["规模以上工业增加值", 9.0],
    ];
    for (const [name, value] of want) {
      const t = byIndicator(targets, name);
      expect([name, t.latestYear, t.latestValue]).toEqual([name, 2025, value]);
      expect(t.latestSource?.file).toBe("02_zhengzhou_2025.txt");
      // the source offsets point at the number in the bulletin
      expect(bulletin.slice(t.latestSource!.start, t.latestSource!.end)).toContain(String(value === 9 ? "9.0" : value));
      expect(t.baseValue ?? null).toBeNull();
    }
  });

  it("does not take 市本级一般公共预算收入 for the city's revenue", () => {
    expect(bulletin).toContain("市本级一般公共预算收入184.5亿元");
    expect(byIndicator(targets, "一般公共预算收入").latestValue).toBe(1181.3);
  });

  it("reports every match with its sentence, score and reason on stderr", () => {
    expect(r.stderr).toMatch(/bulletin 02_zhengzhou_2025\.txt: 2025年郑州市国民经济和社会发展统计公报 — year 2025 \(title\), region 郑州市/);
    expect(r.stderr).toMatch(/latest 2025 \(02_zhengzhou_2025\.txt\): filled 1181\.3 亿元 ← 地方财政一般公共预算收入 «全年全市地方财政一般公共预算收入1181\.3亿元.*\[score 1\.00: synonyms/);
    expect(r.stderr).toMatch(/5 targets: base filled 0, latest filled 5, ambiguous 0, no match 0, conflicts 0/);
  });

  it("writes the values into the workbook's 最新年 / 最新值 cells", async () => {
    const out = path.join(dir, "filled.xlsx");
    const x = cli("--format", "xlsx", "--out", out, "--actuals-from", ZHENGZHOU, PLAN);
    expect(x.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    const cell = (row: number, key: Parameters<typeof columnIndex>[0]) => ws.getRow(row).getCell(columnIndex(key) + 1).value;
    const latest = new Map<string, unknown>();
    for (let row = 2; row <= 6; row++) latest.set(String(cell(row, "indicator")), [cell(row, "latestYear"), cell(row, "latest")]);
    expect(latest.get("社会消费品零售总额")).toEqual([2025, 6629.4]);
    expect(latest.get("规模以上工业增加值")).toEqual([2025, 9]);
    // Each says where it came from: the bulletin and its sentence.
    const sources = [2, 3, 4, 5, 6].map((row) => String(cell(row, "valueSource")));
    expect(sources).toContainEqual(expect.stringMatching(/^最新值 6629\.4 亿元（2025年）取自 02_zhengzhou_2025\.txt：「[^」]*社会消费品零售总额6629\.4亿元[^」]*」$/));
    expect(sources.every((s) => s.startsWith("最新值 ") && !s.includes("\n"))).toBe(true);
  });
});

describe("--actuals-from never overwrites, and checks the region", () => {
  it("keeps a value of the --actuals file and reports the conflict", async () => {
    const plain = JSON.parse(cli("--format", "json", PLAN).stdout) as Target[];
    const gdp = byIndicator(plain, "地区生产总值");
    const csv = path.join(dir, "actuals.csv");
    writeFileSync(csv, `id,base_year,base,latest_year,latest\n${gdp.id},,,2025,15000\n`);
    const out = path.join(dir, "kept.xlsx");
    const r = cli("--format", "xlsx", "--out", out, "--actuals", csv, "--actuals-from", ZHENGZHOU, PLAN);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/CONFLICT: latest: the actuals file gives 15000 亿元 \(2025\), the 2025 bulletin 15244\.6 亿元: kept the actuals file's value/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    const row = [2, 3, 4, 5, 6].find((n) => ws.getRow(n).getCell(columnIndex("id") + 1).value === gdp.id)!;
    expect(ws.getRow(row).getCell(columnIndex("latest") + 1).value).toBe(15000);
    // the user's value is not marked as the bulletin's
    expect(ws.getRow(row).getCell(columnIndex("valueSource") + 1).value ?? null).toBeNull();
  });

  it("does not let another city's bulletin fill the plan unless --any-region says so", () => {
    const r = cli("--format", "json", "--actuals-from", XIAN, PLAN);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Target[]).every((t) => t.latestValue === undefined)).toBe(true);
    expect(r.stderr).toMatch(/skipped — the bulletin covers 西安市, the plan 郑州市/);
    const any = cli("--format", "json", "--any-region", "--actuals-from", XIAN, PLAN);
    expect(byIndicator(JSON.parse(any.stdout) as Target[], "地区生产总值").latestValue).toBeGreaterThan(0);
    expect(any.stderr).toMatch(/allowed by option/);
  });

  it("reports a bulletin it cannot read or date in one line, uses the others, and exits with 2", () => {
    const undated = path.join(dir, "undated.txt");
    writeFileSync(undated, "全市经济稳中向好，地区生产总值100亿元。\n");
    const r = cli("--format", "json", "--actuals-from", path.join(dir, "missing.txt"), "--actuals-from", undated, "--actuals-from", ZHENGZHOU, PLAN);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: .*missing\.txt: no such file$/m);
    expect(r.stderr).toMatch(/^error: .*undated\.txt: the bulletin's year is not in its title or opening text; not used$/m);
    expect(r.stderr).not.toMatch(/\bat .*\(/);
    expect(byIndicator(JSON.parse(r.stdout) as Target[], "常住人口城镇化率").latestValue).toBe(81.52);
  });
});
