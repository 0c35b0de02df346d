// A re-import writes by the row positions it read one round trip earlier. A co-author who sorts the table or adds
// a row in between makes the writes land beside another target's values ("values copied from the workbook to
// JavaScript variables … are not synchronized", Coauthoring in Excel add-ins). So, in the batch of the writes and
// after them, the import reads back cells it did not write — the user's values and the ids it left — and the
// table's length, and compares them with what it read: the rows that differ are flagged for the user.
import type { CellValue, ColumnKey } from "../core/sheet";
import { toCell } from "./new-table";
import { payloadBytes, type SyncBudget } from "./payload";
import { ColumnReader, READ_BUDGET, type CellRead } from "./read";

/** Body row → the cells the import did not write there, as it read them (or as they must be after its writes). */
export type UnwrittenCells = ReadonlyMap<number, Partial<Record<ColumnKey, CellValue>>>;

export class WriteCheck {
  private reader: ColumnReader;
  private keys: ColumnKey[];

  /**
   * Queues the read-back (call it after the writes, before their sync). `rows`: the body's length the writes
   * leave; `appended`: the body rows the import appended, whose place depends on that length.
   */
  constructor(
    budget: SyncBudget,
    table: Excel.Table,
    positions: Record<ColumnKey, number>,
    private expected: UnwrittenCells,
    private rows: number,
    private appended: readonly number[],
  ) {
    this.keys = [...new Set([...expected.values()].flatMap((cells) => Object.keys(cells) as ColumnKey[]))].filter((k) => positions[k] >= 0);
    if (!this.keys.includes("id")) this.keys.unshift("id"); // always read: its length is the table's
    // The writes' batch carries the first window: size it by the heaviest row read, with room to spare.
    let heaviest = 64;
    for (const cells of expected.values()) heaviest = Math.max(heaviest, payloadBytes(this.keys.map((k) => cells[k] ?? "")));
    this.reader = new ColumnReader(budget, 2 * heaviest, READ_BUDGET / 2);
    this.reader.queue([{ body: table.getDataBodyRange(), columns: this.keys.map((k) => positions[k]) }]);
  }

  /** After the writes' sync: the body rows the import wrote whose table changed under it, in order. */
  async moved(): Promise<number[]> {
    const [columns] = await this.reader.read();
    const read = (j: number, row: number): string | number => toCell(columns![j]![row] as Exclude<CellRead, boolean> | undefined);
    const out = new Set<number>();
    for (const [row, cells] of this.expected) {
      if (this.keys.some((k, j) => k in cells && read(j, row) !== toCell(cells[k]))) out.add(row);
    }
    if (columns![0]!.length !== this.rows) for (const row of this.appended) out.add(row);
    return [...out].sort((a, b) => a - b);
  }
}
