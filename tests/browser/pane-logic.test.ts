// The pane's DOM-free logic: HTML to text, file kinds, filters, display values, settings, strings, seeds, errors.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Target } from "../../src/core/model";
import { decodeEntities, declaredCharset, htmlToText } from "../../taskpane/html-to-text";
import { readDocument } from "../../taskpane/document-reader";
import { docIdFromName, fileKind } from "../../taskpane/file-kinds";
import {
  EMPTY_FILTERS,
  NONE,
  countTargets,
  decisionKeys,
  facetsOf,
  filterTargets,
  formatValue,
  isIncluded,
  sentenceParts,
  valueParts,
} from "../../taskpane/review-model";
import { RowHeights, rowsInView } from "../../taskpane/row-heights";
import { DOC_YEAR_SOURCE_KEYS, docYearSourceKey, parseDocYear } from "../../taskpane/doc-year";
import { extract } from "../../src/core/index";
import { POSSIBLE_REASONS } from "../../src/core/extract/index";
import { DocumentReadError, EXTRACT_ERROR_KEYS, type ExtractErrorKind } from "../../taskpane/extract-errors";
import { KIND_LABELS as SHEET_KIND_LABELS } from "../../src/core/sheet/labels";
import { DEFAULT_SETTINGS, loadSettings, sanitizeSettings, saveSettings } from "../../taskpane/settings";
import { KIND_LABELS, STRING_KEYS, format, lowReasonLabel, pickLanguage, translate } from "../../taskpane/i18n";
import { mergeSeedIndex } from "../../taskpane/seeds";
import { errorMessageKey } from "../../taskpane/host";
import { resolveMapping, type HighlightMapping } from "../../src/excel/highlight";
import { MESSAGES, SheetError, type MessageKey } from "../../src/excel/messages";
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
    expect(fileKind("e.md")).toBe("text");
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

  it("rejects binary data, unknown encodings and unknown types with a kind the pane can word", async () => {
    const kindOf = (p: Promise<unknown>): Promise<unknown> => p.then(() => "read", (e: unknown) => (e instanceof DocumentReadError ? e.kind : e));
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 0, 0, 0x14, 0, 0, 0, 8, 0, 0, 0, 0, 2]);
    expect(await kindOf(readDocument("a.txt", zip))).toBe("binary");
    expect(await kindOf(readDocument("a.txt", new Uint8Array([0x50, 0x20, 0xe9, 0x20, 0x32])))).toBe("encoding");
    expect(await kindOf(readDocument("a.pdf", new Uint8Array([1])))).toBe("unsupported");
    await expect(readDocument("a.txt", zip)).rejects.toThrow(/binary/i); // the technical detail, for the console
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
    // the measure the sheet shows: an amount every year (每年) is an annual amount
    expect(f.kinds).toEqual(["level", "share", "annual"]);
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

  it("filters by confidence", () => {
    const low = { ...T3, id: "d", confidence: "low" as const, reason: "r" };
    const all = [T1, T2, low];
    expect(filterTargets(all, { ...EMPTY_FILTERS, confidence: "low" }, ORIGINAL).map((i) => all[i].id)).toEqual(["d"]);
    expect(filterTargets(all, { ...EMPTY_FILTERS, confidence: "high" }, ORIGINAL).map((i) => all[i].id)).toEqual(["a", "b"]);
    expect(facetsOf(all).hasLow).toBe(true);
    expect(facetsOf(ALL).hasLow).toBe(false);
  });

  it("ticks sure targets and leaves low-confidence ones for the user, counting them apart", () => {
    const low = { ...T3, id: "d", confidence: "low" as const, reason: "r" };
    const all = [T1, T2, low];
    const keys = decisionKeys(all);
    const decisions = new Map<string, boolean>();
    expect(all.map((t, i) => isIncluded(t, keys[i], decisions))).toEqual([true, true, false]);
    expect(countTargets(all, keys, decisions, 3)).toEqual({ high: 2, low: 1, shown: 3, included: 2 });
    decisions.set(keys[2], true);
    decisions.set(keys[0], false);
    expect(all.map((t, i) => isIncluded(t, keys[i], decisions))).toEqual([false, true, true]);
    expect(countTargets(all, keys, decisions, 1)).toEqual({ high: 2, low: 1, shown: 1, included: 2 });
  });

  it("keys the user's ticks by place in the text, so a re-dated target (a new id) keeps them", () => {
    const redated = { ...T1, id: "a-2026", year: 2026 };
    expect(decisionKeys([redated])).toEqual(decisionKeys([T1]));
    // Two targets at one place with one indicator are told apart by their order.
    const keys = decisionKeys([T1, { ...T1, id: "a2", value: 6000 }, T2]);
    expect(new Set(keys).size).toBe(3);
    expect(keys[1]).toBe(`${keys[0]}#2`);
  });

  it("reads a reduction as 下降 13.5 %, never as 13.5 % 达到", () => {
    const fall = { ...T1, comparator: "=" as const, value: 13.5, unit: "%", kind: "growth" as const, decrease: true };
    expect(valueParts(fall, "zh-CN")).toEqual({ words: ["下降", "13.5", "%"], comparator: "" });
    expect(valueParts(fall, "en-US")).toEqual({ words: ["down", "13.5", "%"], comparator: "" });
    expect(valueParts({ ...fall, comparator: ">=" }, "zh-CN")).toEqual({ words: ["下降", "13.5", "%"], comparator: "不低于" });
    expect(valueParts({ ...fall, comparator: "range", value: 10, valueMax: 15 }, "zh-CN")).toEqual({ words: ["下降", "10–15", "%"], comparator: "区间" });
    expect(valueParts(T1, "zh-CN")).toEqual({ words: ["5000", "亿元"], comparator: "不低于" });
    expect(valueParts({ ...T1, unit: "" }, "zh-CN").words).toEqual(["5000"]);
  });

  it("formats values with ranges and units as written", () => {
    expect(formatValue(T1)).toBe("5000 亿元");
    expect(formatValue({ ...T1, comparator: "range", value: 3, valueMax: 5, unit: "家" })).toBe("3–5 家");
    expect(formatValue({ ...T1, value: 0.1 + 0.2, unit: "" })).toBe("0.3");
    expect(formatValue({ ...T1, value: 12000000, unit: "" })).toBe("12000000");
  });
});

describe("row heights of the virtualised table", () => {
  it("gives offsets and the row at an offset as heights become known", () => {
    const rows = new RowHeights([10, 20, 30, 40]);
    expect([0, 1, 2, 3, 4].map((r) => rows.offset(r))).toEqual([0, 10, 30, 60, 100]);
    expect([0, 9, 10, 29, 30, 99, 100, 500, -5].map((y) => rows.rowAt(y))).toEqual([0, 0, 1, 1, 2, 3, 3, 3, 0]);
    rows.set(1, 5);
    expect(rows.total()).toBe(85);
    expect(rows.rowAt(14)).toBe(1);
    expect(rows.rowAt(15)).toBe(2);
    expect(new RowHeights([]).rowAt(0)).toBe(-1);
    expect(rowsInView(rows, 15, 30, 1)).toEqual({ start: 1, end: 4 });
    expect(rowsInView(new RowHeights([]), 0, 100, 5)).toEqual({ start: 0, end: 0 });
  });

  it("agrees with summing the heights for any heights and updates", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 80 }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 80 })), { maxLength: 20 }),
        fc.nat(),
        (heights, updates, probe) => {
          const rows = new RowHeights(heights);
          const plain = [...heights];
          for (const [at, h] of updates) {
            rows.set(at % plain.length, h);
            plain[at % plain.length] = h;
          }
          const offsets = plain.map((_, i) => plain.slice(0, i).reduce((a, b) => a + b, 0));
          offsets.forEach((o, i) => expect(rows.offset(i)).toBe(o));
          const y = probe % (offsets[offsets.length - 1] + plain[plain.length - 1]);
          const row = rows.rowAt(y);
          expect(offsets[row] <= y && y < offsets[row] + plain[row]).toBe(true);
        },
      ),
    );
  });
});

describe("document year", () => {
  it("accepts a four-digit year in range only", () => {
    expect(parseDocYear(" 2026 ")).toBe(2026);
    for (const bad of ["", "26", "2026.5", "二〇二六", "1800", "3000", "20266"]) expect(parseDocYear(bad)).toBeNull();
  });

  it("says where the year came from, or that it is unknown", () => {
    expect(translate("zh-CN", docYearSourceKey({ docYear: 2026, docYearSource: "title" }))).toBe("取自标题");
    expect(translate("zh-CN", docYearSourceKey({ docYear: 2026, docYearSource: "user" }))).toBe("由您设定");
    expect(docYearSourceKey({ docYear: 2026, docYearSource: "heading" })).toBe("docYearFrom_other");
    expect(docYearSourceKey({ docYear: null, docYearSource: null })).toBe("docYearUnknown");
    expect(docYearSourceKey({})).toBe("docYearUnknown");
  });

  it("names every source of the year the engine gives, in both languages", () => {
    // One small document per way the engine finds a year: each must reach a source the pane words itself.
    const documents = {
      title: "某市2026年国民经济和社会发展计划\n今年城镇新增就业3万人以上。\n",
      text: "政府工作报告\n今年是“十五五”开局之年。今年城镇新增就业3万人以上。\n",
      date: "关于推进养老服务的实施方案\n全年新增养老床位300张。\n某市人民政府\n2025年3月1日\n",
      review: "某区政府工作报告\n一、2018年工作回顾\n过去一年，地区生产总值增长6%。\n二、主要任务\n全年新增养老床位300张。\n",
    };
    for (const [source, text] of Object.entries(documents)) {
      expect(extract(text, { docId: "d" }).document.docYearSource, source).toBe(source);
    }
    expect(extract(documents.title, { docId: "d", docYear: 2025 }).document.docYearSource).toBe("user");
    expect(Object.keys(DOC_YEAR_SOURCE_KEYS).sort()).toEqual([...Object.keys(documents), "user"].sort());
    for (const [source, key] of Object.entries(DOC_YEAR_SOURCE_KEYS)) {
      expect(docYearSourceKey({ docYear: 2026, docYearSource: source })).toBe(key);
      expectTranslated(translate("zh-CN", key), translate("en-US", key));
    }
  });
});

describe("low-confidence reasons", () => {
  it("translates every reason the engine can give into both languages", () => {
    const reasons = Object.values(POSSIBLE_REASONS);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) {
      const zh = lowReasonLabel("zh-CN", reason);
      const en = lowReasonLabel("en-US", reason);
      expect(zh, reason).not.toBeNull();
      expect(en, reason).not.toBeNull();
      expectTranslated(zh!, en!);
    }
    expect(lowReasonLabel("zh-CN", "constructor")).toBeNull();
    expect(lowReasonLabel("zh-CN", "a reason the pane does not know")).toBeNull();
  });
});

/** A Chinese string in Chinese with full-width punctuation, an English one in English. */
function expectTranslated(zh: string, en: string): void {
  expect(zh).toMatch(/^[^a-zA-Z]*[\u4e00-\u9fff][^a-zA-Z]*$/);
  expect(zh).not.toMatch(/[,:;()!?]/);
  expect(en).toMatch(/^[ -~“”]+$/);
}

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

describe("pane strings", () => {
  it("use full-width punctuation in Chinese", () => {
    const halfWidth = STRING_KEYS.map((k) => [k, translate("zh-CN", k)]).filter(([, text]) => /[,:;()!?]/.test(text.replace(/\{\w+\}/g, "")));
    expect(halfWidth).toEqual([]);
  });

  it("word every extraction failure in the pane's language, without the engine's English", () => {
    const kinds: ExtractErrorKind[] = ["unsupported", "binary", "encoding", "docx", "internal", "worker"];
    expect(Object.keys(EXTRACT_ERROR_KEYS).sort()).toEqual([...kinds].sort());
    // Names of formats and products are the only Latin words a Chinese message may hold.
    const allowed = /\b(UTF-8|GBK|PDF|Word|Excel|txt|md|html|docx|doc)\b/g;
    for (const kind of kinds) {
      const zh = translate("zh-CN", EXTRACT_ERROR_KEYS[kind], { name: "规划.txt" });
      expect(zh.replace("规划.txt", "").replace(allowed, ""), kind).not.toMatch(/[A-Za-z]{2,}/);
      expect(zh, kind).not.toMatch(/\{\w+\}/);
    }
  });

  it("name the kinds as the sheet does", () => {
    expect(KIND_LABELS).toBe(SHEET_KIND_LABELS);
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
    expect(errorMessageKey({ code: "InvalidOperationInCellEditMode", message: "x" }, "en-US").key).toBe("errorCellEdit");
    expect(errorMessageKey({ code: "AccessDenied", message: "x" }, "en-US").key).toBe("errorAccess");
    expect(errorMessageKey({ code: "ActivityLimitReached", message: "x" }, "en-US").key).toBe("errorBusy");
    expect(errorMessageKey(new Error("boom"), "en-US")).toEqual({ key: "errorGeneric", detail: "boom" });
    expect(errorMessageKey("plain", "en-US")).toEqual({ key: "errorGeneric", detail: "plain" });
  });

  it("maps Excel's own codes for cells in the way, payloads too large, names taken or gone, another active workbook", () => {
    const key = (code: string) => errorMessageKey({ code, message: "x" }, "en-US").key;
    for (const code of ["InsertDeleteConflict", "NonBlankCellOffSheet", "MergedRangeConflict", "PivotTableRangeConflict"]) expect(key(code), code).toBe("errorNoRoom");
    for (const code of ["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "RangeExceedsLimit"]) expect(key(code), code).toBe("errorTooMuch");
    expect([key("ItemAlreadyExists"), key("ItemNotFound"), key("InactiveWorkbook")]).toEqual(["errorExists", "errorGone", "errorInactive"]);
    // Codes Excel does not have get no advice of their own; nor does an inherited property name.
    for (const code of ["WorkbookProtected", "SheetProtected", "InsufficientPermissions", "toString"]) expect(key(code), code).toBe("errorGeneric");
  });

  it("says the sheet layer's own errors in the pane's language, whatever the sheet's headers speak", () => {
    // the highlight's mapping check with Chinese headers, shown in an English pane and a Chinese one
    let thrown: unknown;
    try {
      resolveMapping({ baseYear: "B", latest: "E", latestYear: "D", target: "G", targetYear: "F" } as HighlightMapping, "zh-CN");
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(SheetError);
    expect(errorMessageKey(thrown, "en-US").detail).toBe("say which column holds the base value (a column letter such as D)");
    expect(errorMessageKey(thrown, "zh-CN").detail).toBe("请填写基期值所在的列（列字母，如 D）");
  });

  it("has every sheet-layer message in both languages, Chinese with full-width punctuation", () => {
    for (const key of Object.keys(MESSAGES["en-US"]) as MessageKey[]) {
      const args = ["甲", "乙"];
      const zhText = (MESSAGES["zh-CN"][key] as (...a: string[]) => string)(...args);
      expect(zhText, key).not.toMatch(/[,:;()!?]/);
      expect(zhText, key).not.toBe((MESSAGES["en-US"][key] as (...a: string[]) => string)(...args));
    }
  });

  it("has every piece of advice in both languages, Chinese with full-width punctuation", () => {
    for (const k of ["errorNoRoom", "errorTooMuch", "errorExists", "errorGone", "errorInactive"] as const) {
      const zhText = translate("zh-CN", k), enText = translate("en-US", k);
      expect(zhText).not.toBe(enText);
      expect(zhText, k).not.toMatch(/[,:;()]/);
    }
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
