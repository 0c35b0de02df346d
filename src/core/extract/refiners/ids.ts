// Stable ids: from doc id, indicator, value, unit, year and the occurrence index of that key, never from
// offsets, so editing other parts of a document keeps the ids of unchanged targets.
function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function targetKey(docId: string, indicator: string, value: number, unit: string, year: number | null): string {
  return [docId, indicator, String(value), unit, year === null ? "" : String(year)].join("\u0001");
}

export function assignIds<T extends { id: string; docId: string; indicator: string; value: number; unit: string; year: number | null }>(targets: T[]): void {
  const seen = new Map<string, number>();
  for (const t of targets) {
    const key = targetKey(t.docId, t.indicator, t.value, t.unit, t.year);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const k = key + "#" + n;
    const h = fnv1a(k, 0x811c9dc5).toString(16).padStart(8, "0") + fnv1a(k, 0x1234567).toString(16).padStart(8, "0").slice(0, 4);
    t.id = `${t.docId}-${h}`;
  }
}
