// Readings some mirror sites print after characters, in brackets: 高質(zhì)量, 地(dì / de)區, 一(yī / yì /yí)起, 的(de). Dropped in
// normalisation, so the words read whole (高质量完成, 地区生产总值); the original text, and so every quote, keeps them.
import type { Range } from "./debris";

/** A syllable with a tone mark, or one of the toneless particles such pages print (de, le, men…). */
const SYLLABLE = "(?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*|de|le|men|me|ne|ma|zi|ge|zhe|ba)";
/** A reading in brackets right after a Chinese character: one syllable, or several readings set apart by slashes. */
const GLOSS = new RegExp(`(?<=[\\u4e00-\\u9fff])\\((?:${SYLLABLE})(?:\\s*/\\s*${SYLLABLE})*\\)`, "g");

/** A reading in brackets, with tone marks or without, closing `s` right after a character (個(ge), 億(yi), 實(shí)). */
const GLOSS_AT_END = /[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)$/;
export function endsWithGloss(s: string): boolean {
  return GLOSS_AT_END.test(s);
}

/** Ranges of the original text that are readings printed after characters, sorted and disjoint. */
export function findPinyinGlosses(text: string): Range[] {
  // (most pages print none: one test spares them the scan)
  if (!/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/.test(text)) return [];
  const out: Range[] = [];
  GLOSS.lastIndex = 0;
  for (let m = GLOSS.exec(text); m; m = GLOSS.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
