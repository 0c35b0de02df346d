// Heights of a long list of rows of varying height, for rendering only the rows in view (a virtualised list).
// A Fenwick tree keeps the offset of any row and the row at any offset in O(log n) as heights become known.

export class RowHeights {
  private readonly heights: Float64Array;
  /** 1-based Fenwick tree of the heights. */
  private readonly tree: Float64Array;
  private readonly top: number;

  constructor(heights: ArrayLike<number>) {
    const n = heights.length;
    this.heights = Float64Array.from(heights);
    this.tree = new Float64Array(n + 1);
    for (let i = 1; i <= n; i++) {
      this.tree[i] += this.heights[i - 1];
      const parent = i + (i & -i);
      if (parent <= n) this.tree[parent] += this.tree[i];
    }
    this.top = n === 0 ? 0 : 2 ** Math.floor(Math.log2(n));
  }

  get count(): number {
    return this.heights.length;
  }

  height(row: number): number {
    return this.heights[row];
  }

  set(row: number, height: number): void {
    const delta = height - this.heights[row];
    if (delta === 0) return;
    this.heights[row] = height;
    for (let i = row + 1; i < this.tree.length; i += i & -i) this.tree[i] += delta;
  }

  /** Sum of the heights of the rows before `row` (0 ≤ row ≤ count). */
  offset(row: number): number {
    let sum = 0;
    for (let i = row; i > 0; i -= i & -i) sum += this.tree[i];
    return sum;
  }

  total(): number {
    return this.offset(this.count);
  }

  /** The row that covers offset y (clamped to the first and the last row); -1 when there are no rows. */
  rowAt(y: number): number {
    if (this.count === 0) return -1;
    let pos = 0;
    let rest = y;
    for (let step = this.top; step > 0; step >>= 1) {
      const next = pos + step;
      if (next <= this.count && this.tree[next] <= rest) {
        pos = next;
        rest -= this.tree[next];
      }
    }
    return Math.min(pos, this.count - 1);
  }
}

/** Rows to render for a viewport [top, top + height), with `overscan` rows either side: [start, end). */
export function rowsInView(rows: RowHeights, top: number, height: number, overscan: number): { start: number; end: number } {
  if (rows.count === 0) return { start: 0, end: 0 };
  const first = rows.rowAt(Math.max(0, top));
  const last = rows.rowAt(Math.max(0, top + height - 1));
  return { start: Math.max(0, first - overscan), end: Math.min(rows.count, last + 1 + overscan) };
}
