// HTML written into a document: a page saved with its source, or a markdown file carrying a table as HTML. The tags
// stand for a layout, and are read as that layout: a paragraph, heading, list item or row ends a line, a cell opens a
// column ("|", so a row reads as a table's row does), other tags vanish, and what a script or a style holds is no
// text. Inside a paragraph, a row or a cell, a line break of the source is a space, as a browser shows it.
import type { Range } from "./debris";

/** A range of the original text, dropped (`by` "") or standing as one character. */
export interface Edit extends Range {
  by: string;
}

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]{0,9})\b[^<>]{0,2000}>/g;
/** Tags a page is made of: a text holding three of them is HTML (a lone <5 or <br> in prose is not). */
const STRUCTURE = /<\/?(?:p|div|br|td|th|tr|table|tbody|h[1-6]|li|ul|ol|span|section)\b[^<>]{0,2000}>/gi;
const BLOCKS = new Set(["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tbody", "thead", "tfoot", "section",
  "article", "header", "footer", "blockquote", "pre", "hr", "title", "dd", "dt", "dl", "caption", "center", "form"]);
/** Elements whose line breaks are spaces (a browser flows their text). */
const FLOWING = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "th", "caption", "title", "dt", "dd"]);
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
  let flowing = 0; // open elements that flow their text
  let cell = 0; // open cells: a block inside one is a space, not a new line
  let from = 0; // where the text since the last tag starts
  const breaks = (to: number): void => {
    if (flowing === 0) return;
    for (let k = text.indexOf("\n", from); k >= 0 && k < to; k = text.indexOf("\n", k + 1)) {
      const cr = k > 0 && text[k - 1] === "\r" ? 1 : 0;
      out.push({ start: k - cr, end: k + 1, by: " " });
    }
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    breaks(m.index);
    const start = m.index;
    let end = start + m[0].length;
    const closing = m[1] === "/";
    const name = (m[2] ?? "").toLowerCase();
    let by = "";
    if (name && HIDDEN.has(name) && !closing) {
      // (the element's content up to its closing tag goes with it)
      const close = text.toLowerCase().indexOf(`</${name}`, end);
      const gt = close < 0 ? -1 : text.indexOf(">", close);
      end = gt < 0 ? text.length : gt + 1;
      TAG.lastIndex = end;
    } else if (name === "td" || name === "th") {
      by = closing ? "" : "|";
      cell = closing ? Math.max(0, cell - 1) : cell + 1;
    } else if (name === "tr") {
      by = closing ? "|" : "\n";
      if (closing) cell = 0;
    } else if (BLOCKS.has(name)) {
      by = cell > 0 ? " " : "\n";
    }
    if (FLOWING.has(name)) flowing = closing ? Math.max(0, flowing - 1) : flowing + 1;
    out.push({ start, end, by });
    from = end;
  }
  breaks(text.length);
  return out.sort((a, b) => a.start - b.start);
}
