// Chinese numerals: 〇一二两…九 with 十百千 (万 and 亿 are left to the unit, so 1.5万人 and 千亿元 keep
// the unit as written). Pure digit strings such as 二〇三五 read positionally.
import { codeTable } from "../text/code-units";

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_SCALES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** Tens written as one character (廿八万人 → 28万人), read as the digit and 十 they stand for. */
const TENS: Record<string, string> = { 廿: "二十", 卅: "三十", 卌: "四十" };

const NUMERAL_CODES = codeTable([...Object.keys(DIGITS), ...Object.keys(SMALL_SCALES), ...Object.keys(TENS)]);

export function isChineseDigit(ch: string): boolean {
  return ch in DIGITS;
}

export function isChineseNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && NUMERAL_CODES[ch.charCodeAt(0)] === 1;
}

export function isChineseNumeralCode(code: number): boolean {
  return NUMERAL_CODES[code] === 1;
}

/** Digit values and scales by character code (-1 / 0 where the character is none). */
const DIGIT_OF = new Int8Array(65536).fill(-1);
for (const [ch, v] of Object.entries(DIGITS)) DIGIT_OF[ch.charCodeAt(0)] = v;
const SCALE_OF = new Uint16Array(65536);
for (const [ch, v] of Object.entries(SMALL_SCALES)) SCALE_OF[ch.charCodeAt(0)] = v;

/** Value of a run of Chinese numeral characters (no 万/亿), or null when it is not a well-formed number. */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  if (/[廿卅卌]/.test(s)) s = s.replace(/[廿卅卌]/g, (c) => TENS[c]);
  let hasScale = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (SCALE_OF[c] !== 0) hasScale = true;
    else if (DIGIT_OF[c] < 0) return null;
  }
  if (!hasScale) {
    // positional digits: 二〇三五 → 2035; a single digit is just itself
    let v = 0;
    for (let i = 0; i < s.length; i++) v = v * 10 + DIGIT_OF[s.charCodeAt(i)];
    return v;
  }
  let total = 0;
  let current = -1; // pending digit, -1 when none
  let lastScale = Infinity;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const digit = DIGIT_OF[c];
    if (digit >= 0) {
      if (current >= 0 && digit !== 0) return null; // two digits in a row (一二十)
      current = digit === 0 ? -1 : digit;
    } else {
      const scale = SCALE_OF[c];
      if (scale >= lastScale) return null; // 十百 is not a number
      total += (current < 0 ? 1 : current) * scale;
      current = -1;
      lastScale = scale;
    }
  }
  if (current >= 0) total += current;
  return total;
}
