// Markdown markup: documents kept as .md files (or pasted from a page rendered to markdown) wrap the same text in
// marks — "## 一、总体要求", "**到2027年**", "- 新建学校5所", "> …", "[…](http…)", "1\." — that carry no words.
// The marks are dropped in normalisation, so headings, list items and sentences read as they do in plain text.
import { mergeRanges, type Range } from "./debris";

/**
 * Line-opening marks: an ATX heading (## ), block quotes (> >), a list bullet (- * +). A mark before a bare value
 * stays: "> 95" and "- 3.5" are a comparator and a sign in a table's cell. (Each mark is captured in a lookahead
 * and matched by reference, so no backtracking gives back its spaces to let the value through.)
 */
const LINE_MARKS = /^[ \t]{0,3}(?:#{1,6}[ \t]+|(?=((?:>[ \t]*)+|[-*+][ \t]+))\1(?!\d+(?:\.\d+)?%?[ \t]*$|$))/gm;
/** Bold (**…**), and a backslash escaping markdown's punctuation (1\. \*). */
const INLINE_MARKS = /\*\*|\\(?=[\\`*_{}[\]()#+\-.!>|])/g;
/** A link or an image: [text](address) keeps its text; an image's alt text and every address go. */
const LINK = /(!?)\[([^\]\n]{0,200})\]\((?:https?:\/\/|\/|\.{0,2}\/|www\.)[^)\s]{0,500}(?:[ \t]+"[^"\n]*")?\)/g;

/** Ranges of the original text that are markdown marks, sorted and disjoint. */
export function findMarkup(text: string): Range[] {
  // (plain text needs no pass: every mark holds one of these characters)
  if (!/[#>*+\-\\[]/.test(text)) return [];
  const out: Range[] = [];
  for (const re of [LINE_MARKS, INLINE_MARKS]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      out.push({ start: m.index, end: m.index + m[0].length });
    }
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
