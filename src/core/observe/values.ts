// Numbers of a re-flowed bulletin sentence with their units, told apart from numbers that are not values:
// years (2025年), dates and times (3月31日, 2022-10-31 13:26), ordinals (第3, list numbers 1.), codes (5G,
// 2019G045), titles (《…2017》) and structure ratios (2.4:36.7:60.9, read on their own).
import { matchUnit } from "../numbers/units";

export type TokenKind = "value" | "year" | "date" | "ordinal" | "name" | "ratio";

export interface ValueToken {
  kind: TokenKind;
  /** [s, e): the number and its unit in the sentence; [s, numEnd): the number (with its sign). */
  s: number;
  numEnd: number;
  e: number;
  /** Signed as written: -0.57 for "-0.57‰" and "负0.57‰". */
  value: number;
  unit: string;
  /** Ratio parts (kind "ratio") and where each stands in the sentence. */
  parts?: { value: number; s: number; e: number }[];
}

/** Units bulletins use that the plan unit catalogue lacks, tried first (longest first). */
const SCALED = [
  "吨公里", "人公里", "标准箱", "标箱", "标台", "吨标准煤", "公顷", "总吨", "册", "卷", "份", "枚", "块", "片", "千伏安", "平方米",
  "列", "粒", "副", "辆次",
];
/** Per-unit tails of compound units: 元/㎡, 元/月, 万元/人. */
const PER = /^\/(?:㎡|平方米|月|年|人|天|日|吨|亩|公斤|千克|立方米|千瓦时|百人|千人|万人|户)/;
const BULLETIN_UNITS = [
  "个百分点", "百分点", "微克/立方米", "μg/m³", "毫米", "分贝", "周岁", "℃", "部/百人", "人/万人", "张/千人",
  ...SCALED.flatMap((u) => ["", "十", "百", "千", "万", "十万", "百万", "千万", "亿"].map((p) => p + u)),
].sort((a, b) => b.length - a.length);

const DIGIT = /[0-9]/;
const LATIN = /[A-Za-z]/;

function readBareUnit(text: string, pos: number): { unit: string; end: number } {
  for (const u of BULLETIN_UNITS) if (text.startsWith(u, pos)) return { unit: u, end: pos + u.length };
  if (text[pos] === "%" || text[pos] === "‰") return { unit: text[pos]!, end: pos + 1 };
  const m = matchUnit(text, pos);
  // matchUnit skips spaces; a unit must follow the number directly in re-flowed text
  if (m && !/\s/.test(text[pos] ?? "")) return { unit: m.unit, end: m.end };
  return { unit: "", end: pos };
}

/** The unit after a number: 亿元, 元/㎡; over an approximation word (200多万元, 30余人) that is not the unit. */
function readUnit(text: string, pos: number): { unit: string; end: number } {
  let u = readBareUnit(text, pos);
  if (u.unit === "" && /[多余]/.test(text[pos] ?? "")) {
    const after = readBareUnit(text, pos + 1);
    if (after.unit !== "") u = after;
  }
  const per = PER.exec(text.slice(u.end));
  if (u.unit !== "" && !u.unit.includes("/") && per) u = { unit: u.unit + per[0], end: u.end + per[0].length };
  return u;
}

/** Is position i inside 《…》 or “…” of the sentence? */
function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let book = 0;
  let quote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "《") book++;
    else if (ch === "》" && book > 0) book--;
    else if (ch === "“") quote = true;
    else if (ch === "”") quote = false;
    if (book > 0 || quote) mask[i] = 1;
  }
  return mask;
}

/** All number tokens of a sentence, in order. */
export function scanValues(text: string): ValueToken[] {
  const out: ValueToken[] = [];
  const quoted = quotedMask(text);
  const re = /\d+(?:,\d{3})*(?:\.\d+)?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    const prev = text[s - 1] ?? "";
    const next = text[e] ?? "";
    const value = Number(m[0].replace(/,/g, ""));
    const push = (kind: TokenKind, end = e): void => {
      out.push({ kind, s, numEnd: e, e: end, value, unit: "" });
    };
    // ISO dates and clock times: 2022-10-31, 13:26
    const iso = /^\d{4}-\d{1,2}-\d{1,2}/.exec(text.slice(s));
    if (iso) {
      re.lastIndex = s + iso[0].length;
      push("date", s + iso[0].length);
      continue;
    }
    // 13:26 is a clock time; 102.8:100 and 2.4:36.7:60.9 are ratios
    const clock = /^\d{1,2}:[0-5]\d(?![\d.:])/.exec(text.slice(s));
    if (clock && !/[\d.:]/.test(prev)) {
      re.lastIndex = s + clock[0].length;
      push("date", s + clock[0].length);
      continue;
    }
    if (next === ":" && DIGIT.test(text[e + 1] ?? "")) {
      const chain = /^\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)+/.exec(text.slice(s))!;
      re.lastIndex = s + chain[0].length;
      const parts: { value: number; s: number; e: number }[] = [];
      for (let at = s; at < s + chain[0].length;) {
        const part = /^\d+(?:\.\d+)?/.exec(text.slice(at))![0];
        parts.push({ value: Number(part), s: at, e: at + part.length });
        at += part.length + 1;
      }
      out.push({ kind: "ratio", s, numEnd: s + chain[0].length, e: s + chain[0].length, value: parts[0]!.value, unit: "", parts });
      continue;
    }
    // a code: 5G, 2019G045; but GDP2.5个百分点 is a value after an acronym
    let latinRun = s;
    while (latinRun > 0 && LATIN.test(text[latinRun - 1]!)) latinRun--;
    const code = LATIN.test(prev) && (s - latinRun === 1 || DIGIT.test(text[latinRun - 1] ?? ""));
    if (code || LATIN.test(next) || DIGIT.test(prev) || quoted[s] === 1) {
      push("name");
      continue;
    }
    if (/^年(?!一遇)/.test(text.slice(e)) && Number.isInteger(value) && value >= 1900 && value <= 2100 && m[0].length === 4) {
      push("year", e + (/^年[度末底初]/.test(text.slice(e)) ? 2 : 1));
      continue;
    }
    if (/^[月日号时]/.test(text.slice(e)) || /^年—|^—\d{4}年/.test(text.slice(e))) {
      push("date", e + 1);
      continue;
    }
    if (prev === "第" || (next === "." && !DIGIT.test(text[e + 1] ?? "") && (s === 0 || /[:;。、)]/.test(prev)))) {
      push("ordinal");
      continue;
    }
    // sign: "-0.57‰" (a minus not joining two numbers), "负43.8%"
    let sign = 1;
    let start = s;
    if ((prev === "-" || prev === "−") && !DIGIT.test(text[s - 2] ?? "")) {
      sign = -1;
      start = s - 1;
    } else if (prev === "负") {
      sign = -1;
      start = s - 1;
    }
    const unit = readUnit(text, e);
    out.push({ kind: "value", s: start, numEnd: e, e: unit.end, value: sign * value, unit: unit.unit });
  }
  return out;
}
