// Every number accounted for: the mentions stage lists every number of a document with one role and a reason,
// and every target is a mention with role target or possible.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract, MENTION_ROLES, type RoledMention } from "../../src/core";

const root = path.resolve(__dirname, "../..");
const documents = [
  ...readdirSync(path.join(root, "seeds")).filter((f) => f.endsWith(".txt")).map((f) => path.join(root, "seeds", f)),
  ...["tests/real/dev", "tests/holdout", "tests/blind"].flatMap((d) => readdirSync(path.join(root, d)).filter((f) => f.endsWith(".txt")).map((f) => path.join(root, d, f))),
];

/** Runs of ASCII or full-width digits, and Chinese numerals right before a measure word (三个, 两千家). */
function numberRuns(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/[0-9０-９]+/g)) out.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(/[一二两三四五六七八九十百千]+(?=[个家名所条场项座处台套户])/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}

function uncovered(text: string, mentions: RoledMention[]): string[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const misses: string[] = [];
  for (const [s, e] of numberRuns(text)) {
    // a run lies inside a mention when some mention starts at or before it and ends at or after it
    let lo = 0, hi = sorted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid].start <= s) lo = mid + 1; else hi = mid; }
    let inside = false;
    for (let k = lo - 1; k >= 0 && k >= lo - 8 && !inside; k--) inside = sorted[k].end >= e;
    if (!inside) misses.push(text.slice(Math.max(0, s - 10), e + 10));
  }
  return misses;
}

describe("mentions of real documents", () => {
  it.each(documents.map((f) => [path.relative(root, f), f]))("%s: every number lies in a mention with a role and a reason", (_, file) => {
    const text = readFileSync(file, "utf8");
    const { targets, mentions = [] } = extract(text, { mentions: true });
    expect(uncovered(text, mentions)).toEqual([]);
    for (const m of mentions) {
      expect(MENTION_ROLES).toContain(m.role);
      expect(m.reason.length).toBeGreaterThan(0);
      expect(m.text).toBe(text.slice(m.start, m.end));
    }
    // every target is a mention with role target (ticked) or possible (low confidence)
    const byId = new Map(mentions.filter((m) => m.targetId).map((m) => [m.targetId, m]));
    for (const t of targets) {
      const m = byId.get(t.id);
      expect(m, t.text).toBeDefined();
      expect(m!.role).toBe(t.confidence === "low" ? "possible" : "target");
      expect(m!.start >= t.start && m!.end <= Math.max(t.end, m!.end)).toBe(true);
    }
  });
});

function rolesOf(text: string, docYear = 2021): Record<string, string> {
  const { mentions = [] } = extract(text, { mentions: true, docYear });
  return Object.fromEntries(mentions.map((m) => [m.text, m.role]));
}

describe("roles", () => {
  it("names, dates and list numbers", () => {
    expect(rolesOf("1.建设5G基站,发文日期2024-08-26,咨询电话05585523023,开展第三批试点。")).toMatchObject({
      1: "ordinal", 5: "name", 2024: "date", "08": "date", 26: "date", "05585523023": "name", 三批: "ordinal",
    });
  });
  it("a past fact, a policy parameter, a qualifier and a starting value", () => {
    expect(rolesOf("“十三五”以来,财政总收入达到25.43亿元。")["25.43亿元"]).toBe("past");
    expect(rolesOf("按照购房资金总额的1%-1.5%补助标准予以补助。")["1%-1.5%"]).toBe("parameter");
    expect(rolesOf("培育产值100亿元以上龙头企业3家左右。")).toMatchObject({ "100亿元以上": "qualifier", "3家左右": "target" });
    expect(rolesOf("地区生产总值由320亿元提高到450亿元。")).toMatchObject({ "320亿元": "baseline", "450亿元": "target" });
  });
  it("a count no rule reads is a possible target: offered unticked, with its reason", () => {
    // (聚焦隆华新材料、国井集团、飞源化工3家“旗舰”企业 names what a verb of focus names: a rule reads it, below)
    const { targets, mentions = [] } = extract("全区3家“旗舰”企业精准扶优扶强。", { mentions: true, docYear: 2021 });
    const low = targets.filter((t) => t.confidence === "low");
    expect(low.map((t) => [t.value, t.unit])).toEqual([[3, "家"]]);
    expect(low[0].reason).toMatch(/noun/);
    expect(mentions.find((m) => m.text === "3家")).toMatchObject({ role: "possible", targetId: low[0].id });
    const focused = extract("聚焦隆华新材料、国井集团、飞源化工3家“旗舰”企业,精准扶优扶强。", { mentions: true, docYear: 2021 });
    expect(focused.targets).toEqual([]);
    expect(focused.mentions?.find((m) => m.text === "3家")).toMatchObject({ role: "other" });
  });
});
