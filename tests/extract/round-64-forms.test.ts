// Forms met on real pages of round 64, each rule with its example sentences. Sentences written for these tests (unit
// tests of the rules, not evidence of generality).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { ticked as tickedOnly } from "./targets-of";

const all = (text: string, docYear?: number) => extract(text, { docYear, mentions: true });
const ticked = (text: string, docYear?: number) => tickedOnly(all(text, docYear).targets);

describe("an estimate of 今年 with a will after it, on a page of the year's first months", () => {
  const lead = "2022-01-15 09:02:54 来源:都市报\n\n";
  it("is the year's plan (预计今年全省将新增高铁里程约370公里)", () => {
    const r = ticked(`${lead}预计今年全省将新增高铁里程约370公里,高铁总里程达2060公里左右。`);
    expect(r.map((t) => [t.value, t.year])).toEqual([[370, 2022], [2060, 2022]]);
  });
  it("but not without the will (预计今年高校毕业生超过1170万人)", () => {
    expect(ticked(`${lead}预计今年高校毕业生超过1170万人。`)).toEqual([]);
  });
  it("nor on a page of the year's last months (dated 2022-11-15)", () => {
    expect(ticked("2022-11-15 09:02:54 来源:都市报\n\n预计今年全省将新增高铁里程约370公里。")).toEqual([]);
  });
});
