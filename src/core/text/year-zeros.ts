// A year in Chinese numerals is often typed with a look-alike of 〇: a white circle (二○二五年), a Latin or full-width
// letter O (二O二五年, 二Ｏ二五年) or a digit 0 (二0二五年). Each such zero is read as 〇, so the year reads as one.
import type { Edit } from "./html";

/** Four numerals of a year before 年, the first 一 or 二, at least one of them a look-alike zero. */
const YEAR_WITH_ODD_ZERO = /[一二][〇零一二三四五六七八九○OＯ0]{3}年/g;
const ODD_ZERO = /[○OＯ0]/;

/** Edits turning each look-alike zero inside a year in Chinese numerals into 〇, sorted. */
export function findYearZeros(text: string): Edit[] {
  const out: Edit[] = [];
  YEAR_WITH_ODD_ZERO.lastIndex = 0;
  for (let m = YEAR_WITH_ODD_ZERO.exec(text); m; m = YEAR_WITH_ODD_ZERO.exec(text)) {
    const year = m[0];
    // (a year of digits only is no Chinese year: 二0二五 needs a Chinese numeral besides its first)
    if (!/[〇零一二三四五六七八九]/.test(year.slice(1, 4))) continue;
    for (let k = 1; k < 4; k++) if (ODD_ZERO.test(year[k])) out.push({ start: m.index + k, end: m.index + k + 1, by: "〇" });
  }
  return out;
}
