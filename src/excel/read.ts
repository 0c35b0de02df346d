// Reads chosen columns of table bodies under Excel on the web's 5 MB limit on each response: the first window
// of rows rides along with the caller's own loads, the rest follow in windows sized by what the rows read so
// far weigh. A response that still overflows is asked again in halves; reads change nothing in the workbook.
import { SyncBudget, payloadBytes } from "./payload";

/** Response bytes one sync may bring back (margin under 5 MB for the response's own framing). */
export const READ_BUDGET = 4 * 1024 * 1024;

/** Room left for rows longer than those read so far. */
const MARGIN = 1.25;
const MAX_HALVINGS = 10;

export type CellRead = string | number | boolean;

export interface ColumnsRequest {
  /** A table's data body. */
  body: Excel.Range;
  /** Positions (within the body) of the columns to read. */
  columns: number[];
}

interface Pending {
  request: ColumnsRequest;
  rowCount: Excel.Range;
  first: Excel.Range[];
  firstRows: number;
}

function isResponseTooLarge(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === "ResponsePayloadSizeLimitExceeded";
}

/**
 * Runs `queue(scale)` then syncs; when the response is too large, runs it again with half the scale. `queue`
 * must make its proxies afresh: those of a failed batch are spent.
 */
export async function syncReads(budget: SyncBudget, queue: (scale: number) => void): Promise<void> {
  for (let halvings = 0; ; halvings++) {
    queue(1 / 2 ** halvings);
    try {
      await budget.sync();
      return;
    } catch (err) {
      if (!isResponseTooLarge(err) || halvings >= MAX_HALVINGS) throw err;
    }
  }
}

export class ColumnReader {
  private pending: Pending[] = [];
  /** The heaviest row (per read row, in bytes) seen so far, or null before any was read. */
  private measured: number | null = null;

  /** `guess`: what a row of the read columns may weigh, in bytes, before any row was read. */
  constructor(private budget: SyncBudget, private guess: number, private readBudget = READ_BUDGET) {}

  /** Queues each body's row count and first window of rows (shared out by `scale` of the budget). */
  queue(requests: ColumnsRequest[], scale = 1): void {
    const rows = Math.max(1, Math.floor((this.readBudget * scale) / this.bytesPerRow() / Math.max(1, requests.length)));
    this.pending = requests.map((request) => {
      const rowCount = request.body.load("rowCount");
      // The window may reach past the body's last row: the intersection keeps to the body.
      const window = request.body.getRow(0).getResizedRange(rows - 1, 0).getIntersectionOrNullObject(request.body);
      return { request, rowCount, first: request.columns.map((c) => window.getColumn(c).load("values")), firstRows: rows };
    });
  }

  /** After the sync that carried `queue`: every requested column in full, one array of values per column. */
  async read(): Promise<CellRead[][][]> {
    const out: CellRead[][][] = [];
    for (const p of this.pending) {
      const total = p.rowCount.rowCount;
      const got = Math.min(p.firstRows, total);
      const columns = p.first.map((r) => r.values.slice(0, got).map((row) => row[0] as CellRead));
      this.learn(columns, got);
      if (columns.length) for (let start = got; start < total; ) start += await this.window(p.request, columns, start, total - start);
      out.push(columns);
    }
    return out;
  }

  /** Reads the next window from `start` into `columns`; returns the rows read. */
  private async window(request: ColumnsRequest, columns: CellRead[][], start: number, left: number): Promise<number> {
    const planned = Math.min(left, Math.max(1, Math.floor(this.readBudget / (this.bytesPerRow() * MARGIN))));
    let rows = planned;
    let ranges: Excel.Range[] = [];
    await syncReads(this.budget, (scale) => {
      rows = Math.max(1, Math.floor(planned * scale));
      ranges = request.columns.map((c) => request.body.getCell(start, c).getResizedRange(rows - 1, 0).load("values"));
    });
    const read = ranges.map((r) => r.values.map((row) => row[0] as CellRead));
    read.forEach((values, i) => columns[i]!.push(...values));
    this.learn(read, rows);
    return rows;
  }

  private bytesPerRow(): number {
    return this.measured ?? this.guess;
  }

  private learn(columns: CellRead[][], rows: number): void {
    if (rows > 0) this.measured = Math.max(this.measured ?? 0, payloadBytes(columns) / rows);
  }
}
