// Labelled metadata fields of government web pages: "文号: X", "| 发文日期: | 2021-05-21 |",
// or a label on one line with its value on the next non-empty line.

/** Value of the first field whose label matches one of `labels`, or null. */
export function readField(text: string, labels: string[], maxScan = 6000): string | null {
  const head = text.slice(0, maxScan);
  const lines = head.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    for (const label of labels) {
      const k = line.indexOf(label);
      if (k < 0) continue;
      // the label must start a field: line start, after "|" or after spaces
      const before = line.slice(0, k).trim();
      // (…or right after a field holding a number, its space closed up with the number: 阅读:588日期:2019-03-25; or only a dash,
      // 访问量:-发布时间:2023-03-28)
      if (before !== "" && !before.endsWith("|") && !/\s$/.test(line.slice(0, k)) && !/[•·]$/.test(before) && !/[:：]\s*(?:\d+|[-—–])$/.test(before)) continue;
      let rest = line.slice(k + label.length).replace(/^\s*[::]?\s*\|?\s*/, "");
      // stop at the next field on the same line ("文号: X 发文日期: Y") or the next cell
      rest = rest.split(/\s{2,}|\s*\|\s*|\s+[\u4e00-\u9fff]{2,6}[::]/)[0].trim();
      if (rest) return rest;
      // value on a following line (label-only line)
      if (line.slice(k + label.length).replace(/[\s::|]/g, "") === "") {
        for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
          const v = lines[j].trim();
          if (!v) continue;
          // a bulleted line is the next field's label: this field is empty
          return /^[•·]/.test(v) ? null : v;
        }
      }
    }
  }
  return null;
}

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A date written in words: 二〇二六年一月二十日 (the source of a pattern, so callers anchor it as they need). */
export const DATE_IN_WORDS = "[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日";

/** A year written in words turned into figures (二〇二六年 → 2026年), as a title may write it. */
export function yearInFigures(t: string): string {
  return t.replace(/[〇零一二][〇零一二三四五六七八九]{3}(?=年)/g, (y) => [...y].map((c) => CN_DIGIT[c]).join(""));
}

function cnSmall(s: string): number | null {
  // 十二 → 12, 三十 → 30, 三十一 → 31, 八 → 8
  if (s === "") return null;
  const t = s.indexOf("十");
  if (t < 0) return s.length === 1 && s in CN_DIGIT ? CN_DIGIT[s] : null;
  const tens = t === 0 ? 1 : CN_DIGIT[s[0]];
  const ones = s.length > t + 1 ? CN_DIGIT[s[t + 1]] : 0;
  return tens === undefined || ones === undefined ? null : tens * 10 + ones;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** ISO date from 2024-08-26, 2024年8月26日, 2024/8/26 or 二〇二〇年十二月三十日; null otherwise. */
export function parseDate(s: string): string | null {
  let m = /(19\d\d|20\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(s);
  if (m) {
    const mo = Number(m[2]), d = Number(m[3]);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return `${m[1]}-${pad(mo)}-${pad(d)}`;
  }
  // (the year last, as sites in English order write it: 03/14/2011 — month first where the day is past 12, else day first
  // as Hong Kong's pages write it, 12/07/2022)
  m = /(?<!\d)(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?!\d)/.exec(s);
  if (m) {
    const a = Number(m[1]), b = Number(m[2]);
    const [mo, d] = b > 12 ? [a, b] : [b, a];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return `${m[3]}-${pad(mo)}-${pad(d)}`;
  }
  m = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/.exec(s);
  if (m) {
    const y = Number([...m[1]].map((c) => CN_DIGIT[c]).join(""));
    const mo = cnSmall(m[2]), d = cnSmall(m[3]);
    if (mo && d && mo <= 12 && d <= 31) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  return null;
}

/**
 * The first `n` lines of `text` that hold anything, trimmed: "near the top" counts lines of text, so a page whose
 * paragraphs are set apart by blank lines (markdown) reads as the same page without them. (The text is not split
 * whole: a long document pays only for its head.)
 */
export function firstLines(text: string, n: number): string[] {
  const out: string[] = [];
  for (let pos = 0; pos < text.length && out.length < n;) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const t = text.slice(pos, nl).trim();
    if (t) out.push(t);
    pos = nl + 1;
  }
  return out;
}
