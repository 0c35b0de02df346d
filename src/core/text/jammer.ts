// A forum's noise against copying: runs of short ASCII tokens a page sprinkles into its posts, left out of the text so the
// words and lines it cut read whole again.
import { withoutSpans, type CleanText } from "./normalise";

/**
 * Noise a forum page sprinkles into its posts against copying (讲话。* w- A- G8 i7 b4 X8 ~" i; 296亿元7 M& T" a+ {* Q3):
 * a run of four or more one- and two-character tokens of ASCII, letters and signs mixed, between a line's words and its
 * end or next words.
 */
const JAMMER = /(?<=[\u4e00-\u9fff。,;:!?”)%\s]|^)[ \t]*(?![;,:.!?])(?:[!-~]{1,2}[ \t]){3,}[!-~]{1,2}[ \t]*(?=\n|$|[\u4e00-\u9fff●])/gm;

/** Two short tokens of ASCII between spaces: a cheap test of whether a text may hold such noise at all. */
const JAMMER_HINT = / [!-~]{1,2} [!-~]{1,2} /;

/** The text without a forum's noise against copying, and the line breaks right after the noise (in the new text). */
export function withoutJammer(clean: CleanText): { clean: CleanText; breaks: Set<number> } {
  const breaks = new Set<number>();
  // (the test for two short tokens between spaces spares most texts the full pattern's scan)
  if (!JAMMER_HINT.test(clean.text)) return { clean, breaks };
  const drop: [number, number][] = [];
  let dropped = 0;
  for (const m of clean.text.matchAll(JAMMER)) {
    const tokens = m[0].trim().split(/[ \t]+/);
    // (letters and signs mixed, not a row of figures, 1 2 3 4, nor words, A B C D)
    if (tokens.filter((t) => /[A-Za-z]/.test(t)).length < 2 || !tokens.some((t) => /[^A-Za-z0-9]/.test(t))) continue;
    const end = m.index + m[0].length;
    drop.push([m.index, end]);
    dropped += m[0].length;
    if (clean.text[end] === "\n") breaks.add(end - dropped);
  }
  return { clean: drop.length ? withoutSpans(clean, drop) : clean, breaks };
}
