// A repost in traditional characters reads like its simplified original; a simplified document is left alone.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core";
import { isTraditional, toSimplified } from "../../src/core/text/traditional";

const repost = "報告提出,2026年全省經濟社會發展的主要預期目標是:地區生產總值增長5%—5.5%;城鎮新增就業68萬人左右;居民消費價格指數上漲2%左右。";

describe("traditional characters", () => {
  it("are read character for character in simplified ones, the length kept", () => {
    const s = toSimplified(repost);
    expect(s.length).toBe(repost.length);
    expect(s).toContain("城镇新增就业68万人左右");
  });

  it("a simplified document, even one naming 乾隆 or 著名, is left as it is", () => {
    const text = "乾隆年间的著名园林,今年接待游客100万人次。地区生产总值增长5%左右。";
    expect(isTraditional(text)).toBe(false);
    expect(toSimplified(text)).toBe(text);
  });

  it("gives the targets of a repost with their year and kind, quoting the original", () => {
    const targets = extract(repost).targets;
    expect(targets.map((t) => `${t.value}:${t.year}:${t.kind}`)).toEqual(["5:2026:growth", "68:2026:increment", "2:2026:growth"]);
    expect(targets[1].text).toBe("城鎮新增就業68萬人左右");
  });
});
