// Tables of UTF-16 code units and the scan that looks each code up: several times faster than the regex engine's search
// for a class of characters, in the hot paths that only ask whether (or where) a text holds one.

/** A table marking `chars`' code units and each inclusive range of `ranges`. */
export function codeTable(chars: Iterable<string | number> = [], ranges: readonly (readonly [number, number])[] = []): Uint8Array {
  const t = new Uint8Array(65536);
  for (const c of chars) t[typeof c === "number" ? c : c.charCodeAt(0)] = 1;
  for (const [from, to] of ranges) t.fill(1, from, to + 1);
  return t;
}

/** Index of the first code unit of `text` in `table` from `from` up to `to` (exclusive, at most the text's length), or -1. */
export function indexOfCode(text: string, table: Uint8Array, from = 0, to = text.length): number {
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) if (table[text.charCodeAt(i)] === 1) return i;
  return -1;
}
