// HTML written into a document: a page saved with its source, or a markdown file carrying a table as HTML. The tags
// stand for a layout, and are read as that layout: a paragraph, heading, list item or row ends a line, a cell opens a
// column ("|", so a row reads as a table's row does), m<sup>2</sup> is m², other tags vanish, and what a script or a
// style holds is no text. Inside a paragraph, a row or a cell, a line break of the source is a space, as a browser
// shows it.
import type { Range } from "./debris";

/** A range of the original text, dropped (`by` "") or standing for the characters `by` (a line break, a column). */
export interface Edit extends Range {
  by: string;
}

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]{0,9})\b[^<>]{0,2000}>/g;
/** Tags a page is made of: a text holding three of them is HTML (a lone <5 or <br> in prose is not). */
const STRUCTURE = /<\/?(?:p|div|br|td|th|tr|table|tbody|h[1-6]|li|ul|ol|span|section)\b[^<>]{0,2000}>/gi;
const BLOCKS = new Set(["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tbody", "thead", "tfoot", "section",
  "article", "header", "footer", "blockquote", "pre", "hr", "title", "dd", "dt", "dl", "caption", "center", "form"]);
/** Blocks whose line breaks are spaces (a browser flows their text); a row's and its cells' are too. */
const FLOWING = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "caption", "title", "dt", "dd"]);
const HIDDEN = new Set(["script", "style", "noscript", "template"]);

/** Whether `text` holds HTML's structure: a page's own tags, or three tags of a page's parts. */
export function isHtml(text: string): boolean {
  if (/<(?:!doctype\s+html|html|body)\b/i.test(text.slice(0, 4000))) return true;
  STRUCTURE.lastIndex = 0;
  let n = 0;
  while (n < 3 && STRUCTURE.exec(text)) n++;
  return n >= 3;
}

/** The edits that read the HTML in `text` as its layout, sorted and disjoint; none when it holds no HTML. */
export function findHtml(text: string): Edit[] {
  if (!text.includes("<") || !isHtml(text)) return [];
  const out: Edit[] = [];
  let flowing = false; // inside a paragraph, a heading, a list item or a row: a line break of the source is a space
  let cell = false; // inside a row's cell: a block in it is a space, not a new line
  let row = false; // inside a row whose end is not yet written
  let lower: string | null = null; // the text in lower case, made once, for the ends of scripts and styles
  let from = 0; // where the text since the last tag starts
  let nl = text.indexOf("\n"); // the next line break at or after `from` (kept, so each break is found once)
  let lineStart = 0; // the start of the line the text since the last tag ends on
  const breaks = (to: number): void => {
    if (nl >= 0 && nl < from) {
      // (breaks inside a tag or a hidden element are gone with it; the last of them still starts a line)
      lineStart = text.lastIndexOf("\n", from - 1) + 1;
      nl = text.indexOf("\n", from);
    }
    for (; nl >= 0 && nl < to; nl = text.indexOf("\n", nl + 1)) {
      lineStart = nl + 1;
      if (!flowing) continue;
      const cr = nl > 0 && text[nl - 1] === "\r" ? 1 : 0;
      out.push({ start: nl - cr, end: nl + 1, by: " " });
    }
  };
  /** Whether the line a tag at `pos` stands on is a markdown table's row (after breaks(pos)). */
  const pipeRow = (pos: number): boolean => {
    let k = lineStart;
    while (k < pos && (text[k] === " " || text[k] === "\t")) k++;
    return text[k] === "|";
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    breaks(m.index);
    const start = m.index;
    let end = start + m[0].length;
    const closing = m[1] === "/";
    const name = (m[2] ?? "").toLowerCase();
    let by = "";
    const power = name === "sup" && !closing ? SQUARE_OR_CUBE.exec(text.slice(start, start + 60)) : null;
    if (power) {
      // (m<sup>2</sup> is m²: the figure raised is no figure of the value before it)
      end = start + power[0].length;
      by = power[1] === "2" ? "²" : "³";
      TAG.lastIndex = end;
    } else if (HIDDEN.has(name) && !closing) {
      // (the element's content up to its closing tag goes with it)
      lower ??= text.toLowerCase();
      const close = lower.indexOf(`</${name}`, end);
      const gt = close < 0 ? -1 : text.indexOf(">", close);
      end = gt < 0 ? text.length : gt + 1;
      TAG.lastIndex = end;
    } else if (name === "td" || name === "th") {
      by = closing ? "" : "|";
      if (!closing) { cell = true; flowing = true; }
    } else if (name === "tr") {
      // (a row left open, as HTML allows, closes where the next one opens)
      by = closing ? "|" : row ? "|\n" : "\n";
      cell = false;
      flowing = row = !closing;
    } else if (name === "table") {
      by = row ? "|\n" : "\n";
      cell = row = flowing = false;
    } else if (name === "br") {
      // (in a cell, or in a markdown table's row, a line break is a space: the row stays one line)
      by = cell || pipeRow(start) ? " " : "\n";
    } else if (BLOCKS.has(name)) {
      by = cell ? " " : "\n";
      if (!cell) flowing = !closing && FLOWING.has(name);
    }
    out.push({ start, end, by });
    from = end;
  }
  breaks(text.length);
  return out.sort((a, b) => a.start - b.start);
}

const SQUARE_OR_CUBE = /^<sup\b[^<>]{0,100}>\s*([23])\s*<\/sup\s*>/i;
