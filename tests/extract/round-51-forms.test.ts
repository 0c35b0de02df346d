// Forms met on real pages of round 51, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => all(text, docYear).targets.filter((t) => t.confidence !== "low");
const yearsOf = (text: string, docYear?: number) => ticked(text, docYear).map((t) => [t.value, t.year]);

describe("years listed at a statement's opening", () => {
  it("go on through later 分别 clauses parted by commas (到2022年和2030年,…分别不低于28%和35%,…分别低于22%和20%)", () => {
    const text = "到2022年和2030年,全市居民健康素养水平分别不低于28%和35%,15岁以上人群吸烟率分别低于22%和20%。";
    expect(yearsOf(text, 2020)).toEqual([[28, 2022], [35, 2030], [22, 2022], [20, 2030]]);
  });
  it("but not past a comma clause that is no 分别 list (到2022年和2030年,…分别达到28%和35%,控烟工作扎实推进,…分别低于22%和20%)", () => {
    const text = "到2022年和2030年,全市居民健康素养水平分别达到28%和35%,控烟工作扎实推进,吸烟率分别低于22%和20%。";
    expect(yearsOf(text, 2020).slice(2).map(([, y]) => y)).not.toEqual([2022, 2030]);
  });
});
