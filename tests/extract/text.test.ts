// Normalisation with an offset map, debris, decoding and document metadata.
import { describe, expect, it } from "vitest";
import { decodeDocument, DecodeError, extract, normalise, toOriginal } from "../../src/core";
import { isNavLine } from "../../src/core/text/debris";
import { parseChineseNumeral } from "../../src/core/numbers/chinese";
import { scanNumbers } from "../../src/core/numbers/scan";

describe("numbers", () => {
  it.each([["二〇三五", 2035], ["三十", 30], ["十二", 12], ["一百零五", 105], ["两千", 2000], ["千", 1000], ["三百六十", 360]])("%s = %d", (s, v) => {
    expect(parseChineseNumeral(s)).toBe(v);
  });
  it("rejects malformed numerals", () => {
    expect(parseChineseNumeral("十百")).toBeNull();
  });
  it("scans ranges only when the second number is larger", () => {
    expect(scanNumbers("3—5家").map((t) => [t.value, t.valueMax])).toEqual([[3, 5]]);
    expect(scanNumbers("1%-1.5%").map((t) => [t.value, t.valueMax])).toEqual([[1, 1.5]]);
    expect(scanNumbers("2024-08-26").map((t) => t.value)).toEqual([2024, 8, 26]);
  });
});

describe("normalise", () => {
  it("maps full-width characters one to one", () => {
    const c = normalise("达到１０％，");
    expect(c.text).toBe("达到10%,");
    expect(toOriginal(c, 2, 5)).toEqual({ start: 2, end: 5 });
  });
  it("decodes HTML entities and keeps the original span", () => {
    const original = "达到&nbsp;10&#37;";
    const c = normalise(original);
    expect(c.text).toBe("达到 10%");
    const span = toOriginal(c, 3, 6);
    expect(original.slice(span.start, span.end)).toBe("10&#37;");
  });
  it("drops a spam phrase that recurs inside sentences, without shifting offsets", () => {
    const spam = "申博sunbet官网,申博信用网";
    const original = `${spam}\n您现在位置: 网站${spam} > 公报\n推动${spam}优质农产品销往长三角,地区生产总值突破970亿元。`;
    const c = normalise(original);
    expect(c.text).not.toContain("申博");
    const t = extract(original).targets[0];
    expect(t.value).toBe(970);
    expect(original.slice(t.start, t.end)).toBe(t.text);
    expect(t.text).toBe("地区生产总值突破970亿元");
  });
  it("reads corner brackets as the quotation marks they stand for: a plan named in 「」 is a name, not the sentence's time", () => {
    expect(normalise("与「十四五」规划目标保持一致").text).toBe("与“十四五”规划目标保持一致");
    const t = extract("提出全社会研发经费投入年均增长7%以上,与「十四五」规划目标保持一致。", { docYear: 2026 }).targets;
    expect(t.map((x) => x.value)).toEqual([7]);
  });
  it("recognises navigation lines", () => {
    expect(isNavLine("当前位置: 网站首页 > 政府信息公开")).toBe(true);
    expect(isNavLine("扫一扫在手机打开当前页")).toBe(true);
    expect(isNavLine("提高政策有效性,地区生产总值突破970亿元。")).toBe(false);
  });
});

describe("decodeDocument", () => {
  const utf8 = new TextEncoder().encode("地区生产总值突破970亿元");
  it("reads UTF-8 with and without a BOM", () => {
    expect(decodeDocument(utf8).text).toBe("地区生产总值突破970亿元");
    expect(decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).text).toBe("地区生产总值突破970亿元");
  });
  it("reads UTF-16 with a BOM", () => {
    const s = "达到10%";
    const bytes = new Uint8Array(2 + s.length * 2);
    bytes[0] = 0xff; bytes[1] = 0xfe;
    for (let i = 0; i < s.length; i++) { bytes[2 + 2 * i] = s.charCodeAt(i) & 0xff; bytes[3 + 2 * i] = s.charCodeAt(i) >> 8; }
    expect(decodeDocument(bytes)).toEqual({ text: s, encoding: "utf-16le" });
  });
  it("detects and decodes GBK", () => {
    // 中文 in GBK
    expect(decodeDocument(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toEqual({ text: "中文", encoding: "gbk" });
  });
  it("rejects binary data and bytes that are neither UTF-8 nor GBK", () => {
    expect(() => decodeDocument(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))).toThrow(DecodeError);
    expect(() => decodeDocument(new Uint8Array([0xff, 0xff, 0xff, 0x41]))).toThrow(/not valid UTF-8/);
  });
});

describe("document metadata", () => {
  it("reads labelled fields and the title", () => {
    const doc = [
      "名称: 亳州市谯城区人民政府关于印发《亳州市谯城区城市功能品质活力提升实施方案》的通知 文号: 谯政秘〔2024〕48号",
      "发文日期: 2024-08-26 发布日期: 2024-09-12",
      "2027年,城区功能品质大幅提升。",
    ].join("\n");
    const d = extract(doc, { docId: "000" }).document;
    expect(d).toEqual({
      id: "000", title: "亳州市谯城区人民政府关于印发《亳州市谯城区城市功能品质活力提升实施方案》的通知",
      issuer: "亳州市谯城区人民政府", region: "亳州市谯城区", docNumber: "谯政秘〔2024〕48号", issueDate: "2024-08-26", horizon: 2027,
      docYear: 2024, docYearSource: "date",
    });
  });
  it("reads a Chinese date and a 十四五 horizon from the title", () => {
    const d = extract("中共合肥市瑶海区委关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议(二〇二〇年十二月三十日通过)\n正文。").document;
    expect([d.issueDate, d.horizon, d.region]).toEqual(["2020-12-30", 2025, "合肥市瑶海区"]);
  });
  it("gives nulls for an empty document", () => {
    expect(extract("")).toEqual({ document: { id: "doc", title: null, issuer: null, region: null, docNumber: null, issueDate: null, horizon: null, docYear: null, docYearSource: null }, targets: [] });
  });
});
