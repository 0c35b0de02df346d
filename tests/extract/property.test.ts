// Properties on random and mutated documents: never throws, offsets in range with text === slice, every value
// derivable from its text, and time linear in the input (no catastrophic backtracking).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract, type Target } from "../../src/core";
import { parseChineseNumeral } from "../../src/core/numbers/chinese";
import { adversarialLines } from "./adversarial-lines";

const seedsDir = path.resolve(__dirname, "../../seeds");
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(path.join(seedsDir, f), "utf8"));

const ALPHABET = [..."0123456789.%-—、,。;:()()《》“”一二三两十百千万亿〇年月日到达突破超过以上左右以内不少于控制在增长均分别全覆盖率元家个人亿元万人\n |&;#nbsp申博"];
const docArb = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 400 }).map((a) => a.join(""));
const mutatedSeed = fc.record({
  seed: fc.integer({ min: 0, max: seeds.length - 1 }),
  at: fc.nat(),
  cut: fc.nat({ max: 400 }),
  insert: docArb,
}).map(({ seed, at, cut, insert }) => {
  const s = seeds[seed];
  const i = at % (s.length + 1);
  return s.slice(0, i) + insert + s.slice(i + cut);
});

function numbersIn(text: string): number[] {
  const out: number[] = [];
  const norm = text.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\uff0e/g, ".");
  for (const m of norm.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)) out.push(Number(m[0].replace(/,/g, "")));
  for (const m of norm.matchAll(/[〇零一二两三四五六七八九十百千]+/g)) {
    for (let i = 0; i < m[0].length; i++) for (let j = i + 1; j <= m[0].length; j++) {
      const v = parseChineseNumeral(m[0].slice(i, j));
      if (v !== null) out.push(v);
    }
  }
  // a decimal point a PDF spaced off (托位1. 6万个)
  for (const m of norm.matchAll(/(\d+)\. (\d+)/g)) out.push(Number(`${m[1]}.${m[2]}`));
  // a full stop written for a decimal point, which normalisation makes the point (97。3%)
  for (const m of norm.matchAll(/(\d+)。(\d+)/g)) out.push(Number(`${m[1]}.${m[2]}`));
  // a bare 万 before 亿 is ten thousand of them (突破万亿元 → 10000 亿元), as 千亿元 is a thousand
  if (/万(?=亿)/.test(norm)) out.push(10000);
  return out;
}

const WORD_VALUES = new Set([0, 100]); // 清零 / 全覆盖

function checkTargets(original: string, targets: Target[]): void {
  for (const t of targets) {
    expect(t.start).toBeGreaterThanOrEqual(0);
    expect(t.end).toBeLessThanOrEqual(original.length);
    expect(t.start).toBeLessThan(t.end);
    expect(t.text).toBe(original.slice(t.start, t.end));
    expect(t.sentenceStart).toBeLessThanOrEqual(t.start);
    expect(t.sentenceEnd).toBeGreaterThanOrEqual(t.end);
    const nums = numbersIn(t.text);
    if (!(t.optional && WORD_VALUES.has(t.value))) expect(nums, `${t.value} in ${t.text}`).toContain(t.value);
    if (t.valueMax !== null) expect(nums).toContain(t.valueMax);
  }
}

describe("extraction properties", () => {
  it("never throws on random documents; offsets and values are sound", () => {
    fc.assert(fc.property(docArb, (doc) => {
      checkTargets(doc, extract(doc).targets);
    }), { numRuns: 300 });
  });

  it("never throws on mutated seeds; offsets and values are sound", () => {
    fc.assert(fc.property(mutatedSeed, (doc) => {
      checkTargets(doc, extract(doc).targets);
    }), { numRuns: 60 });
  });

  it("every seed target satisfies the same properties", () => {
    for (const s of seeds) checkTargets(s, extract(s).targets);
  });

  it("a 1 MB adversarial line costs about what ordinary text does: no super-linear pattern", () => {
    const lines = adversarialLines();
    // 1 MB of ordinary plan text is the yardstick: on a loaded machine both slow down together, while a
    // catastrophic regex or a quadratic scan would take minutes. The budget is generous on purpose (a shared CI
    // machine must not fail it by scheduling); how fast these lines go is measured by `npm run bench`.
    const plain = seeds.join("\n").repeat(4).slice(0, 1_000_000);
    extract(plain);
    let reference = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      extract(plain);
      reference = Math.min(reference, performance.now() - t0);
    }
    const budget = Math.max(5000, 20 * reference);
    for (const line of lines) {
      // Best of two runs: a scheduling hiccup on a shared machine must not pass for super-linear work,
      // which would miss the budget by orders of magnitude on both runs.
      let best = Infinity;
      for (let run = 0; run < 2 && best >= budget; run++) {
        const t0 = performance.now();
        extract(line);
        best = Math.min(best, performance.now() - t0);
      }
      expect(best, `${line.slice(0, 12)} (reference ${reference.toFixed(0)} ms)`).toBeLessThan(budget);
    }
  });

  it("a line flooded with targets costs time in proportion to them", () => {
    const unit = "到2025年,地区达到1家(责任单位:区发改委)";
    const time = (n: number): number => {
      const s = unit.repeat(n);
      const t0 = performance.now();
      const r = extract(s);
      expect(r.targets.length).toBe(n);
      return performance.now() - t0;
    };
    time(2_000);
    const small = Math.min(time(4_000), time(4_000));
    const big = Math.min(time(40_000), time(40_000));
    expect(big / small).toBeLessThan(10 * 3);
  });

  it("a run of table rows that gives no table is read once, not again from each of its lines", () => {
    for (const row of ["全市新建公园20个 | 新增就业1万人 | 见附件\n", "增加值 | 6%以上 | 16.7% |\n", "新建公园\t20个\t见附件\n"]) {
      const time = (n: number): number => {
        const t0 = performance.now();
        extract(row.repeat(n));
        return performance.now() - t0;
      };
      time(500);
      const small = Math.min(time(1_000), time(1_000));
      const big = Math.min(time(8_000), time(8_000));
      // linear: about 8×; quadratic would be about 64×
      expect(big / small).toBeLessThan(8 * 3);
    }
  });

  it("time grows linearly with the input", () => {
    const base = seeds.join("\n");
    const time = (s: string): number => {
      const t0 = performance.now();
      extract(s);
      return performance.now() - t0;
    };
    time(base); // warm up
    const small = Math.min(time(base), time(base), time(base));
    const eight = Array(8).fill(base).join("\n");
    const big = Math.min(time(eight), time(eight));
    expect(big / small).toBeLessThan(8 * 3);
  });
});
