// Markdown markup: documents kept as .md files (or pasted from a page rendered to markdown) wrap the same text in
// marks — "## 一、总体要求", "**到2027年**", "- 新建学校5所", "> …", "[…](http…)", "1\." — that carry no words.
// The marks are dropped in normalisation, so headings, list items and sentences read as they do in plain text.
import { mergeRanges, type Range } from "./debris";

/**
 * Line-opening marks: an ATX heading (## ), block quotes (> >), a list bullet (- * +). Before a number a block
 * quote's > stays — "> 90%,…" and "> 85 > 90" are comparators — unless the number is a year or an item's number
 * (> 2024年…, > 1. …), or the text quotes two lines of words too (QUOTE_BEFORE_NUMBER); a bullet stays before a number on a line of no words ("- 0.5 - 0.2", a table's cells: a sign,
 * or a cell left empty), and before a bar ("- |", an empty cell closed by its bar). (Each mark is captured in a lookahead and matched by reference, so no backtracking gives
 * back its spaces to let a number through.)
 */
const LINE_MARKS = /^[ \t]{0,3}(?:#{1,6}[ \t]+|(?=((?:>[ \t]*)+))\1(?:(?=(?:19|20)\d\d年|\d{1,2}[.、](?!\d))|(?![\d.+-]|$))|(?=([-*+][ \t]+))\2(?=[^\n]*[\u4e00-\u9fff]|[^\d.+\-\s|]))/gm;
/** A block quote's mark before a number: a mark only in a text that quotes other lines too (else a comparator). */
const QUOTE_BEFORE_NUMBER = /^[ \t]{0,3}(?=((?:>[ \t]*)+))\1(?=[\d.])/gm;
/** Bold (**…**), and a backslash escaping markdown's punctuation (1\. \*). */
const INLINE_MARKS = /\*\*|\\(?=[\\`*_{}[\]()#+\-.!>|])/g;
/** A link or an image: [text](address) keeps its text; an image's alt text and every address go. */
const LINK = /(!?)\[([^\]\n]{0,200})\]\((?:https?:\/\/|\/|\.{0,2}\/|www\.)[^)\s]{0,500}(?:[ \t]+"[^"\n]*")?\)/g;

/** Ranges of the original text that are markdown marks, sorted and disjoint. */
export function findMarkup(text: string): Range[] {
  // (plain text needs no pass: every mark holds one of these characters)
  if (!/[#>*+\-\\[]/.test(text)) return [];
  const out: Range[] = [];
  let quotes = 0;
  for (const re of [LINE_MARKS, INLINE_MARKS]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      if (m[1]) quotes++;
      out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  if (quotes >= 2) {
    QUOTE_BEFORE_NUMBER.lastIndex = 0;
    for (let m = QUOTE_BEFORE_NUMBER.exec(text); m; m = QUOTE_BEFORE_NUMBER.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  LINK.lastIndex = 0;
  for (let m = LINK.exec(text); m; m = LINK.exec(text)) {
    const end = m.index + m[0].length;
    if (m[1]) out.push({ start: m.index, end });
    else {
      out.push({ start: m.index, end: m.index + 1 });
      out.push({ start: m.index + 1 + m[2].length, end });
    }
  }
  return mergeRanges(out);
}
