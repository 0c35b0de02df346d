// HTML entities left in scraped pages (&nbsp; &amp; &#8220; &#x201C;).
const NAMED: Record<string, string> = {
  nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", ldquo: "“", rdquo: "”", lsquo: "‘",
  rsquo: "’", mdash: "—", ndash: "–", hellip: "…", middot: "·", ensp: " ", emsp: " ", thinsp: " ", times: "×",
};

/** If an entity starts at `i`, its decoded character and length; else null. Bounded look-ahead (≤ 10 chars). */
export function readEntity(text: string, i: number): { ch: string; length: number } | null {
  if (text[i] !== "&") return null;
  // bounded look-ahead: an unterminated "&" costs O(1), not a scan to the end of the text
  const semi = text.slice(i + 1, i + 11).indexOf(";") + i + 1;
  if (semi <= i) return null;
  const body = text.slice(i + 1, semi);
  if (body[0] === "#") {
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return null;
    if (!/^#(?:[xX][0-9a-fA-F]{1,6}|[0-9]{1,7})$/.test(body)) return null;
    const ch = String.fromCodePoint(code);
    return { ch: ch === "\u00a0" ? " " : ch, length: semi - i + 1 };
  }
  const named = NAMED[body.toLowerCase()];
  return named === undefined ? null : { ch: named, length: semi - i + 1 };
}
