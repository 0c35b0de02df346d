// Forms met on real pages of round 56, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => all(text, docYear).targets.filter((t) => t.confidence !== "low");
const rows = (text: string, docYear?: number) => ticked(text, docYear).map((t) => [t.indicator, t.comparator, t.value, t.kind]);

describe("places, a word of will and 各 with a bound, then a second 各", () => {
  it("gives each place each amount, of the thing counted (福州、厦门、泉州将各建成不少于28个托育园、各2000个托位)", () => {
    expect(rows("福州、厦门、泉州将各建成不少于28个托育园、各2000个托位。", 2022)).toEqual([
      ["福州托育园", ">=", 28, "increment"], ["厦门托育园", ">=", 28, "increment"], ["泉州托育园", ">=", 28, "increment"],
      ["福州托位", "=", 2000, "increment"], ["厦门托位", "=", 2000, "increment"], ["泉州托位", "=", 2000, "increment"],
    ]);
  });
  it("but a 各 after 、 with no 各 before it shares nothing (建设示范基地5个、各10万亩 stays one)", () => {
    expect(ticked("建设示范基地5个、各10万亩。", 2022).filter((t) => t.value === 10).length).toBeLessThanOrEqual(1);
  });
  it("and places before a plain 各 keep their own names (中原区、二七区各完成25万平方米)", () => {
    expect(rows("中原区、二七区各完成25万平方米。", 2022)).toEqual([["中原区", "=", 25, "increment"], ["二七区", "=", 25, "increment"]]);
  });
});
