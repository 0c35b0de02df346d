// Keeps each sync's request under Excel on the web's 5 MB payload limit: writes are queued until the next one
// would cross the budget, and only then flushed with an extra sync. Typical imports never flush early. (Reads
// keep under the same limit on responses: read.ts.)
export const PAYLOAD_BUDGET = 4 * 1024 * 1024; // margin under 5 MB for request framing

const encoder = new TextEncoder();

/** Approximate bytes a value adds to the request (its JSON text in UTF-8). */
export function payloadBytes(x: unknown): number {
  return encoder.encode(JSON.stringify(x)).length;
}

export class SyncBudget {
  private queued = 0;
  syncs = 0;
  constructor(private context: { sync(): Promise<unknown> }, private budget = PAYLOAD_BUDGET) {}

  /** A sync that fails still was one round trip, and its batch is gone. */
  async sync(): Promise<void> {
    try {
      await this.context.sync();
    } finally {
      this.synced();
    }
  }

  /** Records a sync the caller made itself (`await context.sync()` in place, as the Office lint rules want). */
  synced(): void {
    this.syncs++;
    this.queued = 0;
  }

  /** Accounts for a write of `bytes`, syncing first when it would overflow the batch. */
  async reserve(bytes: number): Promise<void> {
    if (bytes > this.budget) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      throw new Error(`one piece of the table is too large to send to Excel at once (${mb(bytes)} MB; the limit is ${mb(this.budget)} MB)`);
    }
    if (this.queued + bytes > this.budget) await this.sync();
    this.queued += bytes;
  }
}

/**
 * Splits rows into consecutive chunks whose JSON stays under `budget` bytes each. Small chunks fill each sync's
 * budget closely (a chunk that does not fit waits for the next sync), so large imports need fewer syncs.
 */
export function chunkRows<T>(rows: T[][], budget = PAYLOAD_BUDGET / 8): { start: number; rows: T[][]; bytes: number }[] {
  const out: { start: number; rows: T[][]; bytes: number }[] = [];
  let cur: T[][] = [];
  let curBytes = 0;
  let start = 0;
  rows.forEach((row, i) => {
    const b = payloadBytes(row) + 1;
    if (cur.length && curBytes + b > budget) {
      out.push({ start, rows: cur, bytes: curBytes });
      cur = [];
      curBytes = 0;
      start = i;
    }
    cur.push(row);
    curBytes += b;
  });
  if (cur.length) out.push({ start, rows: cur, bytes: curBytes });
  return out;
}
