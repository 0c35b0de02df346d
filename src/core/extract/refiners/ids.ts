// Stable ids: from doc id, indicator, value, unit, year and the occurrence index of that key, never from
// offsets, so editing other parts of a document keeps the ids of unchanged targets.

/**
 * The hash part of an id: two FNV-1a hashes of `s` (seeds 0x811c9dc5 and 0x1234567), computed in one pass over the
 * string, in hex: the first in full, the second's first four digits.
 */
function idHash(s: string): string {
  let a = 0x811c9dc5, b = 0x1234567;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0").slice(0, 4);
}

export function targetKey(docId: string, indicator: string, value: number, unit: string, year: number | null): string {
  return docId + "\u0001" + indicator + "\u0001" + String(value) + "\u0001" + unit + "\u0001" + (year === null ? "" : String(year));
}

export function assignIds<T extends { id: string; docId: string; indicator: string; value: number; unit: string; year: number | null }>(targets: T[]): void {
  const seen = new Map<string, number>();
  for (const t of targets) {
    const key = targetKey(t.docId, t.indicator, t.value, t.unit, t.year);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    t.id = `${t.docId}-${idHash(key + "#" + n)}`;
  }
}
