// A year in Chinese numerals is often typed with a look-alike of 〇: a white circle (二○二五年), a Latin or full-width
// letter O (二O二五年, 二Ｏ二五年) or a digit 0 (二0二五年). Each such zero is read as 〇, so the year reads as one; so is a
// white circle in an amount written digit by digit (三一○○億元).
import type { Edit } from "./html";

/** Four numerals of a year before 年, the first 一 or 二, at least one of them a look-alike zero. */
const YEAR_WITH_ODD_ZERO = /[一二][〇零一二三四五六七八九○OＯ0]{3}年/g;
const ODD_ZERO = /[○OＯ0]/;
/** Three or more numerals, one a white circle, right before a unit of money, a scale or a share. */
const AMOUNT_WITH_CIRCLE = /(?<![一二三四五六七八九〇○])[一二三四五六七八九〇○]{3,}(?=[億亿萬万元％%])/g;

/** Edits turning each look-alike zero inside a year, or a white circle inside an amount, in Chinese numerals into 〇, sorted. */
export function findYearZeros(text: string): Edit[] {
  const out: Edit[] = [];
  YEAR_WITH_ODD_ZERO.lastIndex = 0;
  for (let m = YEAR_WITH_ODD_ZERO.exec(text); m; m = YEAR_WITH_ODD_ZERO.exec(text)) {
    const year = m[0];
    // (a year of digits only is no Chinese year: 二0二五 needs a Chinese numeral besides its first)
    if (!/[〇零一二三四五六七八九]/.test(year.slice(1, 4))) continue;
    for (let k = 1; k < 4; k++) if (ODD_ZERO.test(year[k])) out.push({ start: m.index + k, end: m.index + k + 1, by: "〇" });
  }
  // (…and an amount written digit by digit before its unit, as Taiwan's press does: 三一○○億元, 二○○八億元)
  if (text.includes("○")) {
    AMOUNT_WITH_CIRCLE.lastIndex = 0;
    for (let m = AMOUNT_WITH_CIRCLE.exec(text); m; m = AMOUNT_WITH_CIRCLE.exec(text)) {
      if (!/[一二三四五六七八九]/.test(m[0])) continue;
      for (let k = 0; k < m[0].length; k++) if (m[0][k] === "○") out.push({ start: m.index + k, end: m.index + k + 1, by: "〇" });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}
