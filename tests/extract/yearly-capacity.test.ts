// A year's capacity of output (年产100发) and the measure words of satellites and rockets. Sentences written for these
// tests (unit tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const read = (text: string, docYear: number): string[] =>
  extract(text, { docYear }).targets.filter((t) => t.confidence !== "low").map((t) => `${t.value}${t.unit}|${t.kind}`);

describe("a year's capacity", () => {
  it("counts rockets in 发 and satellites in 颗, as a level reached", () => {
    expect(read("力争到2027年,商业火箭形成年产100发、商业卫星形成年产1000颗能力。", 2025)).toEqual(["100发|level", "1000颗|level"]);
    expect(read("到2025年,形成年产50发商业火箭、600颗商业卫星的批量化制造能力。", 2023)).toEqual(["50发|level", "600颗|level"]);
  });

  it("发 opening a word counts nothing (推动5发展); capacity cut or added is work of the period", () => {
    expect(read("到2025年,推动5发展。", 2023)).toEqual([]);
    expect(read("到2027年,淘汰落后煤电产能200万千瓦以上。", 2024)).toEqual(["200万千瓦|increment"]);
    expect(read("到2027年,新增产能100万吨。", 2024)).toEqual(["100万吨|increment"]);
  });

  it("firms or lines sized by a capacity are counted as ever (培育年产1000万羽以上的…企业5家, 新建年产30万吨…生产线2条)", () => {
    expect(read("到2027年,培育年产1000万羽以上的家禽养殖企业5家,新建年产30万吨新材料生产线2条。", 2025)).toEqual(["5家|increment", "2条|increment"]);
    expect(read("今年满足20万人日常出行需求。", 2025).map((x) => x.split("|")[0])).toEqual(["20万人"]);
  });
});
