// A table as the add-in's first release wrote it, made from one the current code wrote: the columns of later
// releases taken out (cells to their right move left, as deleting table columns does in Excel) and no release
// recorded with the document.
import { FIRST_RELEASE, columnForHeader, columnIn } from "../../src/core/sheet";
import { DOCUMENT_PROPERTY } from "../../src/excel/identity";
import type { FakeSheet } from "../fakes/fake-excel";

export function asFirstRelease(s: FakeSheet): void {
  const t = s.tables[0]!;
  const keep = t.headers().flatMap((h, j) => {
    const spec = columnForHeader(h);
    return !spec || columnIn(spec, FIRST_RELEASE) ? [j] : [];
  });
  const rows = t.rows + 1;
  const moved = Array.from({ length: rows }, (_, i) => keep.map((j) => s.peek(t.top + i, t.left + j)));
  for (let i = 0; i < rows; i++) for (let j = 0; j < t.cols; j++) s.cells.delete(`${t.top + i},${t.left + j}`);
  moved.forEach((row, i) => row.forEach((cell, j) => cell && s.cells.set(`${t.top + i},${t.left + j}`, cell)));
  t.cols = keep.length;
  // The first release's own conditional formats read columns that are gone here; a re-import replaces ours anyway.
  s.cfs = [];
  const stored = JSON.parse(s.customProperties.get(DOCUMENT_PROPERTY) ?? "{}") as Record<string, unknown>;
  delete stored.release;
  s.customProperties.set(DOCUMENT_PROPERTY, JSON.stringify(stored));
}
