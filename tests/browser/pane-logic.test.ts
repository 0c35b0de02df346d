// The pane's DOM-free logic: HTML to text, file kinds, filters, display values, settings, strings, seeds, errors.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Target } from "../../src/core/model";
import { decodeEntities, declaredCharset, htmlToText } from "../../taskpane/html-to-text";
import { readDocument } from "../../taskpane/document-reader";
import { docIdFromName, fileKind } from "../../taskpane/file-kinds";
import { EMPTY_FILTERS, NONE, facetsOf, filterTargets, formatValue, sentenceParts } from "../../taskpane/review-model";
import { DEFAULT_SETTINGS, loadSettings, sanitizeSettings, saveSettings } from "../../taskpane/settings";
import { format, pickLanguage, translate } from "../../taskpane/i18n";
import { mergeSeedIndex } from "../../taskpane/seeds";
import { errorMessageKey } from "../../taskpane/host";
import { loadMapping, mappingProblem, normaliseMapping, saveMapping, toRendererMapping } from "../../taskpane/highlight-mapping";

const ORIGINAL = "一、目标\n到2025年,地区生产总值达到5000亿元。\n城镇化率达到60%(市发改委、市统计局)。\n每年新增就业3万人。";

function target(over: Partial<Target>): Target {
  const base: Target = {
    id: "t",
    docId: "d",
    indicator: "地区生产总值",
    comparator: ">=",
    value: 5000,
    valueMax: null,
    unit: "亿元",
    year: 2025,
    period: null,
    kind: "level",
    responsible: [],
    section: ["一、目标"],
    start: 0,
    end: 0,
    text: "",
    sentenceStart: 0,
    sentenceEnd: 0,
    optional: false,
  };
  return { ...base, ...over };
}

function at(snippet: string, sentence: string, over: Partial<Target>): Target {
  const sentenceStart = ORIGINAL.indexOf(sentence);
  const start = ORIGINAL.indexOf(snippet, sentenceStart);
  return target({ ...over, start, end: start + snippet.length, text: snippet, sentenceStart, sentenceEnd: sentenceStart + sentence.length });
}

const T1 = at("达到5000亿元", "到2025年,地区生产总值达到5000亿元。", { id: "a" });
const T2 = at("达到60%", "城镇化率达到60%(市发改委、市统计局)。", {
  id: "b",
  indicator: "城镇化率",
  value: 60,
  unit: "%",
  kind: "share",
  responsible: ["市发改委", "市统计局"],
});
const T3 = at("新增就业3万人", "每年新增就业3万人。", { id: "c", indicator: "新增就业", value: 3, unit: "万人", year: null, kind: "increment", period: "annual" });
const ALL = [T1, T2, T3];

describe("htmlToText", () => {
  it("drops scripts, styles and comments, keeps block structure and table cells", () => {
    const html =
      "<html><head><title>T</title><script>alert(1)</script><style>p{color:red}</style></head><body>" +
      "<!-- note --><h1>规划</h1><p>到2025年,达到<b>5000</b>亿元。</p><table><tr><td>指标</td><td>60%</td></tr></table>" +
      "<img src=x onerror=alert(2)></body></html>";
    const text = htmlToText(html);
    expect(text).not.toMatch(/alert|color:red|note|<|>/);
    expect(text.split("\n")).toEqual(expect.arrayContaining(["规划", "到2025年,达到5000亿元。", "指标\t60%"]));
  });

  it("decodes named and numeric entities and leaves unknown ones", () => {
    expect(decodeEntities("&lt;b&gt; &amp; &#20013;&#x6587; &nbsp;&ldquo;x&rdquo; &bogus;")).toBe("<b> & 中文 \u00a0\u201cx\u201d &bogus;");
    expect(htmlToText("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")).toBe("<script>alert(1)</script>");
  });

  it("finds a declared charset", () => {
    expect(declaredCharset('<meta http-equiv="Content-Type" content="text/html; charset=GB2312">')).toBe("gb2312");
    expect(declaredCharset('<meta charset="utf-8">')).toBe("utf-8");
    expect(declaredCharset("<p>none</p>")).toBeNull();
  });

  it("never throws and never leaves a tag on arbitrary input", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom("p", "div", "script", "b", "td"), (s, tag) => {
        const out = htmlToText(`<${tag}>${s}</${tag}>`);
        expect(out).not.toMatch(new RegExp(`<\\/?${tag}>`));
      }),
    );
  });
});

describe("document reader", () => {
  it("knows the supported file kinds and seed-style doc ids", () => {
    expect(fileKind("a.TXT")).toBe("text");
    expect(fileKind("b.htm")).toBe("html");
    expect(fileKind("c.docx")).toBe("docx");
    expect(fileKind("d.pdf")).toBeNull();
    expect(fileKind("noext")).toBeNull();
    expect(docIdFromName("002_2f82dd19711b587f.txt")).toBe("002");
    expect(docIdFromName("C:\\docs\\规划.docx")).toBe("规划");
  });

  it("decodes GBK text and GBK-declared HTML", async () => {
    // "到2025年" in GBK: 到 = b5bd, 年 = c4ea.
    const gbk = new Uint8Array([0xb5, 0xbd, 0x32, 0x30, 0x32, 0x35, 0xc4, 0xea]);
    expect(await readDocument("a.txt", gbk)).toBe("到2025年");
    const head = new TextEncoder().encode('<meta charset="gbk"><p>');
    const html = new Uint8Array([...head, ...gbk, ...new TextEncoder().encode("</p>")]);
    expect(await readDocument("a.html", html)).toBe("到2025年");
  });

  it("rejects binary data and unknown types with a readable error", async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 0, 0, 0x14, 0, 0, 0, 8, 0, 0, 0, 0, 2]);
    await expect(readDocument("a.txt", zip)).rejects.toThrow(/binary/i);
    await expect(readDocument("a.pdf", new Uint8Array([1]))).rejects.toThrow(/unsupported/);
  });
});

describe("review model", () => {
  it("filters by year (incl. none), kind, responsible unit (incl. none) and text", () => {
    const ids = (f: Partial<typeof EMPTY_FILTERS>): string[] => filterTargets(ALL, { ...EMPTY_FILTERS, ...f }, ORIGINAL).map((i) => ALL[i].id);
    expect(ids({})).toEqual(["a", "b", "c"]);
    expect(ids({ year: "2025" })).toEqual(["a", "b"]);
    expect(ids({ year: NONE })).toEqual(["c"]);
    expect(ids({ kind: "share" })).toEqual(["b"]);
    expect(ids({ responsible: "市统计局" })).toEqual(["b"]);
    expect(ids({ responsible: NONE })).toEqual(["a", "c"]);
    expect(ids({ search: "  就业 " })).toEqual(["c"]);
    expect(ids({ search: "到2025年" })).toEqual(["a"]); // found in the source sentence only
    expect(ids({ year: "2025", kind: "increment" })).toEqual([]);
  });

  it("offers facets present in the targets, units by frequency", () => {
    const f = facetsOf([...ALL, { ...T2, id: "d", responsible: ["市统计局"] }]);
    expect(f.years).toEqual([2025]);
    expect(f.hasNoYear).toBe(true);
    expect(f.kinds).toEqual(["level", "share", "increment"]);
    expect(f.responsible).toEqual(["市统计局", "市发改委"]);
    expect(f.hasNoResponsible).toBe(true);
  });

  it("splits the source sentence around the target text", () => {
    const p = sentenceParts(T2, ORIGINAL);
    expect(p.match).toBe("达到60%");
    expect(p.before + p.match + p.after).toBe("城镇化率达到60%(市发改委、市统计局)。");
    // Inconsistent offsets fall back to the target text alone.
    const bad = sentenceParts({ ...T1, sentenceStart: 40, sentenceEnd: 45 }, ORIGINAL);
    expect(bad).toEqual({ before: "", match: "达到5000亿元", after: "" });
  });

  it("formats values with ranges and units as written", () => {
    expect(formatValue(T1)).toBe("5000 亿元");
    expect(formatValue({ ...T1, comparator: "range", value: 3, valueMax: 5, unit: "家" })).toBe("3–5 家");
    expect(formatValue({ ...T1, value: 0.1 + 0.2, unit: "" })).toBe("0.3");
    expect(formatValue({ ...T1, value: 12000000, unit: "" })).toBe("12000000");
  });
});

describe("settings", () => {
  it("keeps valid fields and replaces invalid ones with defaults", () => {
    expect(sanitizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings({ method: "growth", tolerancePoints: 2.5, headerLanguage: "en-US", statusWords: "review", uiLanguage: "zh-CN" })).toEqual({
      method: "growth",
      tolerancePoints: 2.5,
      headerLanguage: "en-US",
      statusWords: "review",
      uiLanguage: "zh-CN",
    });
    expect(sanitizeSettings({ method: "x", tolerancePoints: -1, headerLanguage: "fr", statusWords: "ndrc", uiLanguage: 3 })).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings({ tolerancePoints: NaN }).tolerancePoints).toBe(DEFAULT_SETTINGS.tolerancePoints);
  });

  it("round-trips through storage and survives broken or missing storage", () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const s = { ...DEFAULT_SETTINGS, method: "growth" as const, tolerancePoints: 10 };
    saveSettings(storage, s);
    expect(loadSettings(storage)).toEqual(s);
    store.set([...store.keys()][0], "{not json");
    expect(loadSettings(storage)).toEqual(DEFAULT_SETTINGS);
    expect(loadSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(() => saveSettings({ setItem: () => { throw new Error("quota"); } }, s)).not.toThrow();
  });
});

describe("strings", () => {
  it("picks zh-CN for any Chinese tag and en-US otherwise", () => {
    expect(pickLanguage("zh-CN")).toBe("zh-CN");
    expect(pickLanguage("zh-TW")).toBe("zh-CN");
    expect(pickLanguage("ZH")).toBe("zh-CN");
    expect(pickLanguage("en-GB")).toBe("en-US");
    expect(pickLanguage("fr-FR")).toBe("en-US");
    expect(pickLanguage(undefined)).toBe("en-US");
  });

  it("fills placeholders and keeps unknown ones visible", () => {
    expect(format("{a} and {b}", { a: 1 })).toBe("1 and {b}");
    expect(translate("en-US", "counts", { total: 3, shown: 2, included: 1 })).toBe("3 targets · 2 shown · 1 ticked");
    expect(translate("zh-CN", "counts", { total: 3, shown: 2, included: 1 })).toBe("共 3 个目标 · 显示 2 个 · 已勾选 1 个");
  });
});

describe("seed list", () => {
  const files = ["000_aa.txt", "002_bb.txt"];
  it("titles seeds from the index when present, file names otherwise", () => {
    expect(mergeSeedIndex(files, [{ id: "002", title: "亳州市…分工方案" }])).toEqual([
      { id: "000", file: "000_aa.txt", title: "000 · 000_aa.txt" },
      { id: "002", file: "002_bb.txt", title: "002 · 亳州市…分工方案" },
    ]);
    expect(mergeSeedIndex(files, { documents: [{ id: "000", title: "T" }] })[0].title).toBe("000 · T");
    expect(mergeSeedIndex(files, "garbage").map((s) => s.id)).toEqual(["000", "002"]);
  });
});

describe("errors in plain words", () => {
  it("maps Office error codes to advice", () => {
    expect(errorMessageKey({ code: "InvalidOperationInCellEditMode", message: "x" }).key).toBe("errorCellEdit");
    expect(errorMessageKey({ code: "AccessDenied", message: "x" }).key).toBe("errorAccess");
    expect(errorMessageKey({ code: "ActivityLimitReached", message: "x" }).key).toBe("errorBusy");
    expect(errorMessageKey(new Error("boom"))).toEqual({ key: "errorGeneric", detail: "boom" });
    expect(errorMessageKey("plain")).toEqual({ key: "errorGeneric", detail: "plain" });
  });
});

describe("highlight column mapping", () => {
  it("requires the six input columns and accepts only column letters", () => {
    const ok = normaliseMapping({ base: " c", baseYear: "b", latest: "E", latestYear: "D", target: "g", targetYear: "F", kind: "" });
    expect(mappingProblem(ok)).toBeNull();
    expect(toRendererMapping(ok)).toEqual({ base: "C", baseYear: "B", latest: "E", latestYear: "D", target: "G", targetYear: "F" });
    expect(mappingProblem({ ...ok, latest: "" })).toEqual({ key: "latest", kind: "missing" });
    expect(mappingProblem({ ...ok, kind: "7X" })).toEqual({ key: "kind", kind: "invalid" });
    expect(mappingProblem({ ...ok, target: "XFE" })).toEqual({ key: "target", kind: "invalid" });
    expect(mappingProblem({ ...ok, target: "XFD" })).toBeNull();
  });

  it("restores a stored mapping and ignores junk", () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    saveMapping(storage, { base: "C", target: "G" });
    expect(loadMapping(storage)).toMatchObject({ base: "C", target: "G", latest: "" });
    store.set([...store.keys()][0], '{"base": 3, "evil": "x", "kind": "h"}');
    expect(loadMapping(storage)).toMatchObject({ base: "", kind: "H" });
    expect(loadMapping(storage)).not.toHaveProperty("evil");
  });
});
