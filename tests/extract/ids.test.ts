// Stable ids: unchanged targets keep their ids when other parts of the document change.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const seed = readFileSync(path.resolve(__dirname, "../../seeds/000_454fb678136a20a2.txt"), "utf8");

describe("target ids", () => {
  it("are unique within a document", () => {
    const ids = extract(seed, { docId: "000" }).targets.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith("000-"))).toBe(true);
  });

  it("survive edits elsewhere in the document", () => {
    const before = extract(seed, { docId: "000" }).targets;
    const edited = seed.replace("研发费用突破10亿元", "研发费用突破12亿元").replace("(一)基本思路", "(一)基本思路和总体考虑\n新增说明文字若干。");
    const after = extract(edited, { docId: "000" }).targets;
    const key = (t: { indicator: string; value: number }): string => `${t.indicator}|${t.value}`;
    const afterIds = new Map(after.map((t) => [key(t) + t.year + t.text, t.id]));
    let kept = 0;
    for (const t of before) {
      if (t.indicator === "研发费用") continue;
      expect(afterIds.get(key(t) + t.year + t.text)).toBe(t.id);
      kept++;
    }
    expect(kept).toBe(before.length - 1);
    expect(after.find((t) => t.indicator === "研发费用")?.id).not.toBe(before.find((t) => t.indicator === "研发费用")?.id);
  });
});
