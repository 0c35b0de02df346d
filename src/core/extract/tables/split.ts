// The value cells of a table row whose cells ran together when the page was flattened: "9.014.0[5]",
// "5015024.6%", "5.4—6.5-7.5", " 0.5 ". The row needs one cell per value column; a run of digits may hold several
// numbers, a dash is an empty cell or joins a range, a space marks an empty cell. Of the readings that give the
// right number of cells, the one whose numbers agree best wins: base × (1 + growth)^years = target, target − base
// = the bracketed total, base and target of a like size, at most two decimals (four below 1).
import type { Comparator } from "../../model";

export interface TailCell {
  /** Offsets into the tail string. */
  start: number;
  end: number;
  value: number | null;
  valueMax: number | null;
  comparator: Comparator;
  /** [ ] or 〔 〕 around it. */
  bracketed: boolean;
  /** A unit written after the number (5类, 125个), "%" after a rate. */
  unit: string | null;
  /** A range joined by an em dash (5.4—6.5), which more often separates cells. */
  joinedByEmDash?: boolean;
}

/** What the columns of a row mean, for checking a reading. */
export interface ColumnPlan {
  /** Index of the base-year and target columns among the value columns (-1 when absent). */
  base: number;
  target: number;
  /** Index of a growth column and the years between base and target. */
  growth: number;
  years: number;
  /** Indexes of the target columns of successive years (2022年 … 2025年): one indicator's values, of like size. */
  series: number[];
}

type Atom =
  | { t: "num"; s: number; e: number; raw: string }
  | { t: "space" | "dash" | "open" | "close" | "pct"; s: number; e: number }
  | { t: "cmp"; s: number; e: number; cmp: Comparator }
  | { t: "suffix"; s: number; e: number; cmp: Comparator }
  | { t: "word"; s: number; e: number; raw: string };

const SUFFIX: [string, Comparator][] = [["及以上", ">="], ["以上", ">="], ["左右", "~"], ["以下", "<="], ["以内", "<="]];

function atoms(tail: string): Atom[] | null {
  const out: Atom[] = [];
  let i = 0;
  while (i < tail.length) {
    const ch = tail[i];
    if (/\d/.test(ch)) {
      let j = i;
      while (j < tail.length && /[\d.]/.test(tail[j])) j++;
      out.push({ t: "num", s: i, e: j, raw: tail.slice(i, j) });
      i = j;
      continue;
    }
    if (ch === " ") { let j = i; while (tail[j] === " ") j++; out.push({ t: "space", s: i, e: j }); i = j; continue; }
    if ("—–-".includes(ch)) { let j = i; while (j < tail.length && "—–-".includes(tail[j])) j++; out.push({ t: "dash", s: i, e: j }); i = j; continue; }
    if ("[〔【".includes(ch)) { out.push({ t: "open", s: i, e: i + 1 }); i++; continue; }
    if ("]〕】".includes(ch)) { out.push({ t: "close", s: i, e: i + 1 }); i++; continue; }
    if (ch === "%" || ch === "‰") { out.push({ t: "pct", s: i, e: i + 1 }); i++; continue; }
    const cmp: Comparator | null = ch === "≥" ? ">=" : ch === "≤" ? "<=" : ch === ">" ? ">" : ch === "<" ? "<" : ch === "~" || ch === "～" ? "~" : null;
    if (cmp) { out.push({ t: "cmp", s: i, e: i + 1, cmp }); i++; continue; }
    const suf = SUFFIX.find(([w]) => tail.startsWith(w, i));
    if (suf) { out.push({ t: "suffix", s: i, e: i + suf[0].length, cmp: suf[1] }); i += suf[0].length; continue; }
    if (/[\u4e00-\u9fff]/.test(ch)) {
      let j = i;
      while (j < tail.length && /[\u4e00-\u9fff]/.test(tail[j])) j++;
      // 类以上: a unit and its bound
      const bound = SUFFIX.find(([w]) => tail.slice(i, j).endsWith(w) && j - w.length > i);
      const w = bound ? j - bound[0].length : j;
      out.push({ t: "word", s: i, e: w, raw: tail.slice(i, w) });
      if (bound) out.push({ t: "suffix", s: w, e: j, cmp: bound[1] });
      i = j;
      continue;
    }
    return null;
  }
  return out;
}

const NUMBER = /^(0|[1-9]\d*)(\.\d+)?$/;

/**
 * Ways to cut a run of digits into `parts` numbers (no leading zeros, one decimal point each). A run of more than
 * three numbers is a row of year columns written alike (115115115115115, 99999999100): its numbers are of like
 * length, which keeps the ways few.
 */
function cuts(raw: string, parts: number): number[][] {
  if (parts <= 3) return anyCuts(raw, parts);
  const short = Math.floor(raw.length / parts);
  return anyCuts(raw, parts, short, raw.length % parts === 0 ? short : short + 1);
}

function anyCuts(raw: string, parts: number, min = 1, max = raw.length): number[][] {
  if (parts === 1) return NUMBER.test(raw) && raw.length >= min && raw.length <= max ? [[0]] : [];
  const out: number[][] = [];
  for (let k = min; k <= Math.min(max, raw.length - 1); k++) {
    if (!NUMBER.test(raw.slice(0, k))) continue;
    for (const rest of anyCuts(raw.slice(k), parts - 1, min, max)) out.push([0, ...rest.map((x) => x + k)]);
  }
  return out;
}

/** Every reading of the atoms as cells (a dash as a cell or a range joiner, a digit run as 1–3 numbers). */
function readings(a: Atom[], tail: string, limit: number): TailCell[][] {
  const out: TailCell[][] = [];
  // `from`: where the next cell starts (an opening bracket or a comparator before its number)
  const walk = (i: number, cells: TailCell[], pendingCmp: Comparator | null, bracket: boolean, from: number | null): void => {
    if (out.length >= 400 || cells.length > limit) return;
    if (i >= a.length) { out.push(cells); return; }
    const x = a[i];
    const last = cells[cells.length - 1];
    const extend = (patch: Partial<TailCell>): TailCell[] => [...cells.slice(0, -1), { ...last, ...patch, end: x.e }];
    switch (x.t) {
      case "space":
        // a space before a suffix belongs to the number before it (96 以上)
        if (a[i + 1]?.t === "suffix") return walk(i + 1, cells, pendingCmp, bracket, from);
        return walk(i + 1, [...cells, empty(x.s, x.e)], null, bracket, null);
      case "open": return walk(i + 1, cells, pendingCmp, true, from ?? x.s);
      case "close": return walk(i + 1, last && last.bracketed ? extend({}) : cells, pendingCmp, false, null);
      case "cmp": return walk(i + 1, cells, x.cmp, bracket, from ?? x.s);
      case "pct":
        if (last && last.value !== null) return walk(i + 1, extend({ unit: tail.slice(x.s, x.e) }), pendingCmp, bracket, from);
        return;
      case "suffix":
        if (last && last.value !== null) return walk(i + 1, extend({ comparator: last.valueMax !== null ? "range" : x.cmp }), pendingCmp, bracket, from);
        return;
      case "word":
        // a unit after a number (5类, 125个) or a text cell (逐步下降)
        if (last && last.value !== null && last.end === x.s && x.raw.length <= 2) return walk(i + 1, extend({ unit: x.raw }), pendingCmp, bracket, from);
        // a label before its number (国家和省级药品125个) is no cell
        if (a[i + 1]?.t === "num" || a[i + 1]?.t === "cmp") walk(i + 1, cells, pendingCmp, bracket, from);
        return walk(i + 1, [...cells, { ...empty(x.s, x.e) }], null, bracket, null);
      case "dash": {
        // a range joiner between two numbers (6.5-7.5), or a cell of its own (—)
        const prev = a[i - 1];
        const next = a[i + 1];
        if (prev?.t === "num" && next?.t === "num" && last && last.value !== null && last.valueMax === null && NUMBER.test(next.raw) && Number(next.raw) > last.value) {
          walk(i + 2, [...cells.slice(0, -1), { ...last, valueMax: Number(next.raw), comparator: "range", end: next.e, joinedByEmDash: tail[x.s] === "—" }], null, bracket, null);
        }
        return walk(i + 1, [...cells, empty(x.s, x.e)], null, bracket, null);
      }
      case "num":
        // a bracket holds one number: [50], 〔14.5〕; a run holds at most the cells still to fill
        for (let parts = 1; parts <= (bracket ? 1 : limit - cells.length); parts++) {
          for (const starts of cuts(x.raw, parts)) {
            const made = starts.map((st, k): TailCell => {
              const en = k + 1 < starts.length ? starts[k + 1] : x.raw.length;
              return {
                start: k === 0 && from !== null ? from : x.s + st, end: x.s + en, value: Number(x.raw.slice(st, en)), valueMax: null,
                comparator: (k === 0 && pendingCmp) || "=", bracketed: bracket, unit: null,
              };
            });
            walk(i + 1, [...cells, ...made], null, bracket, null);
          }
        }
        return;
    }
  };
  walk(0, [], null, false, null);
  return out;
}

function empty(s: number, e: number): TailCell {
  return { start: s, end: e, value: null, valueMax: null, comparator: "=", bracketed: false, unit: null };
}

const decimals = (v: number): number => (String(v).split(".")[1] ?? "").length;

/** How unlikely a reading is (lower is better). */
function cost(cells: TailCell[], plan: ColumnPlan): number {
  let c = 0;
  for (const x of cells) {
    // (below 1 a value needs more places: 0.0269万户)
    if (x.value !== null && decimals(x.value) > (x.value < 1 ? 4 : 2)) c += 2;
    // an em dash more often stands for an empty cell than joins a range
    if (x.joinedByEmDash) c += 0.5;
  }
  if (plan.base >= 0 && cells[plan.base]?.valueMax != null) c += 1;
  const b = plan.base >= 0 ? cells[plan.base] : undefined;
  const t = plan.target >= 0 ? cells[plan.target] : undefined;
  const g = plan.growth >= 0 ? cells[plan.growth] : undefined;
  const bv = b?.value ?? null;
  const tv = t?.value ?? null;
  if (bv !== null && tv !== null && !b!.bracketed && !t!.bracketed) {
    if (g && g.value !== null && !g.bracketed && g.valueMax === null && bv > 0 && plan.years > 0) {
      return c + 10 * Math.abs(bv * Math.pow(1 + g.value / 100, plan.years) - tv) / Math.max(Math.abs(tv), 1e-9);
    }
    if (g && g.value !== null && g.bracketed) return c + 10 * Math.abs(tv - bv - g.value) / Math.max(Math.abs(g.value), 1);
    if (bv > 0 && tv > 0) return c + Math.abs(Math.log(tv / bv));
    return c + (tv === 0 ? 3 : 1);
  }
  return c;
}

/** How far apart the plain values of an indicator in neighbouring year columns are (sum of |log ratio|). */
function steps(cells: TailCell[], series: number[]): number {
  let s = 0;
  for (let k = 1; k < series.length; k++) {
    const a = cells[series[k - 1]];
    const b = cells[series[k]];
    if (a?.value != null && b?.value != null && a.value > 0 && b.value > 0 && !a.bracketed && !b.bracketed) s += Math.abs(Math.log(b.value / a.value));
  }
  return s;
}

/** The cells of a run-together row tail, `count` of them; null when no reading gives that many. */
export function splitTail(tail: string, count: number, plan: ColumnPlan): TailCell[] | null {
  const a = atoms(tail);
  if (!a) return null;
  let best: TailCell[] | null = null;
  let bestCost = Infinity;
  for (const r of readings(a, tail, count)) {
    if (r.length !== count) continue;
    // the values of one indicator in successive years are of like size
    const k = cost(r, plan) + steps(r, plan.series);
    if (k < bestCost) { best = r; bestCost = k; }
  }
  return best;
}
