// HTML → plain text without a DOM, so it runs in the extraction worker and never executes or loads anything.
// Block elements become line breaks (the engine segments on lines), scripts/styles are dropped, entities decoded.

const DROP_ELEMENTS = /<(script|style|noscript|template|head|svg|math|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?-->/g;
const BLOCK_TAGS =
  /<\/?(p|div|br|li|ul|ol|tr|table|thead|tbody|tfoot|h[1-6]|section|article|header|footer|blockquote|pre|dd|dt|dl|hr|title|caption|form|nav|aside|main|figure|figcaption)\b[^>]*>/gi;
const CELL_TAGS = /<\/(td|th)\s*>/gi;
const ANY_TAG = /<\/?[a-zA-Z][^>]*>|<![^>]*>|<\?[^>]*>/g;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ensp: "\u2002",
  emsp: "\u2003",
  ldquo: "\u201c",
  rdquo: "\u201d",
  lsquo: "\u2018",
  rsquo: "\u2019",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  middot: "\u00b7",
  times: "\u00d7",
  divide: "\u00f7",
  plusmn: "\u00b1",
  le: "\u2264",
  ge: "\u2265",
  permil: "\u2030",
  deg: "\u00b0",
  yen: "\u00a5",
};

/** Decodes character references (&amp; &#20013; &#x4e2d;); unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Plain text of an HTML document: one line per block, tables as tab-separated rows. */
export function htmlToText(html: string): string {
  const text = html
    .replace(COMMENTS, "")
    .replace(DROP_ELEMENTS, "\n")
    .replace(CELL_TAGS, "\t")
    .replace(BLOCK_TAGS, "\n")
    .replace(ANY_TAG, "");
  return decodeEntities(text)
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+$/g, "").replace(/^[ \t]+/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The charset an HTML file declares in its first bytes (meta charset / http-equiv), lower-cased, or null. */
export function declaredCharset(head: string): string | null {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}
