// Prose lines re-flowed into paragraphs: hard-wrapped PDF lines joined (across page breaks too), spaces that
// layout put between characters removed (第 二 产 业 → 第二产业, 4 . 5 % → 4.5%), note marks ([2], ②)
// dropped. Every character keeps its original offsets.
import type { Line } from "./lines";
import { MappedBuilder, type MappedText } from "./mapped";

const PARAGRAPH_END = /[。!?;]$/;
const NOTE_MARK = /^\[\d{1,2}\]|^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/;
const ALNUM = /[0-9A-Za-z.]/;

/** Justified PDF text puts a space between most characters of a line: there every space goes. */
function isLetterSpaced(t: string): boolean {
  const spaced = t.match(/[\u4e00-\u9fff] (?=[\u4e00-\u9fff])/g)?.length ?? 0;
  const cjk = t.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return spaced >= 3 && spaced >= 0.3 * cjk;
}

/** Appends one line's characters without layout spaces and note marks. */
function appendLine(b: MappedBuilder, line: MappedText): void {
  const t = line.text;
  const spaced = isLetterSpaced(t);
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if (/\s/.test(ch)) {
      // A space between two Latin letters or digits separates tokens (2022-10-31 13:26): keep one.
      if (spaced) continue;
      let j = i;
      while (j < t.length && /\s/.test(t[j]!)) j++;
      const prev = b.last();
      if (prev !== undefined && ALNUM.test(prev) && j < t.length && ALNUM.test(t[j]!) && prev !== " ") {
        b.push(" ", line.start[i]!, line.end[i]!);
      }
      i = j - 1;
      continue;
    }
    const note = NOTE_MARK.exec(t.slice(i, i + 4));
    if (note) {
      i += note[0].length - 1;
      continue;
    }
    b.push(ch, line.start[i]!, line.end[i]!);
  }
}

/**
 * Paragraphs of the prose: consecutive prose lines are joined unless the earlier one ends a sentence;
 * blank lines and page furniture between them do not break a paragraph (a page break inside a sentence).
 * Headings are paragraphs of their own; captions and tables are left out.
 */
export function paragraphs(lines: readonly Line[]): MappedText[] {
  const out: MappedText[] = [];
  let b: MappedBuilder | null = null;
  const close = (): void => {
    if (b && b.length > 0) out.push(b.build());
    b = null;
  };
  // a note runs on over the prose lines that wrap it, up to its full stop
  let inNote = false;
  for (const line of lines) {
    if (line.kind === "blank" || line.kind === "furniture") continue;
    if (line.kind === "note" || (inNote && line.kind === "prose")) {
      close();
      inNote = !PARAGRAPH_END.test(line.text.text.trimEnd());
      continue;
    }
    inNote = false;
    if (line.kind !== "prose") {
      close();
      if (line.kind === "heading") {
        const h = new MappedBuilder();
        appendLine(h, line.text);
        out.push(h.build());
      }
      continue;
    }
    b ??= new MappedBuilder();
    appendLine(b, line.text);
    if (PARAGRAPH_END.test(b.last() ?? "")) close();
  }
  close();
  return out;
}
