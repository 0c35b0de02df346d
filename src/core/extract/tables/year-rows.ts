// Tables by year (分年度目标表) whose cells ran together: a 年份 column, then one column per indicator, one row per year:
//   年份3岁以下婴幼儿累计托位数(个)每千人口拥有3岁以下婴幼儿托位数(个)2021年6101.582022年9752.5…2025年17824.5
// Each row is a year and the indicators' values run together; the years count up one by one, and of the ways to cut
// each row's digits the ones whose values change least from year to year win.
import { matchUnit } from "../../numbers/units";
import type { Candidate } from "../types";
import { splitTail, type TailCell } from "./split";

export interface YearRowTable {
  start: number;
  end: number;
  candidates: Candidate[];
}

const HEADER = /年份((?:[^()。,;:]{2,40}?\([^()]{1,6}\)){1,4})(?=20\d\d年)/g;
const COLUMN = /([^()]{2,40}?)\(([^()]{1,6})\)/g;

/** Every way to cut a row's digits into `k` numbers (at most a few dozen). */
function cutsOf(tail: string, k: number): TailCell[][] {
  const out: TailCell[][] = [];
  const plan = { base: -1, target: -1, growth: -1, years: 0, series: [] };
  // splitTail gives the best cut; the alternatives come from cutting the tail at each place first
  const best = splitTail(tail, k, plan);
  if (best) out.push(best);
  for (let i = 1; i < tail.length && out.length < 40; i++) {
    const head = splitTail(tail.slice(0, i), 1, plan);
    const rest = k > 1 ? splitTail(tail.slice(i), k - 1, plan) : null;
    if (head && rest && head[0].value !== null) out.push([head[0], ...rest.map((c) => ({ ...c, start: c.start + i, end: c.end + i }))]);
  }
  return out;
}

/** Year-by-year tables in text[from, to). */
export function yearRowTables(text: string, from: number, to: number): YearRowTable[] {
  const out: YearRowTable[] = [];
  const slice = text.slice(from, to);
  for (const h of slice.matchAll(HEADER)) {
    const columns = [...h[1].matchAll(COLUMN)].map((c) => ({ name: c[1].replace(/\s+/g, ""), unit: c[2].trim() }));
    if (columns.length === 0 || columns.some((c) => !matchUnit(c.unit, 0))) continue;
    // rows: 2021年…2022年…, each year the one after the last
    const rows: { year: number; at: number; tail: string; tailAt: number }[] = [];
    let p = from + h.index + h[0].length;
    for (let year = Number(text.slice(p, p + 4)); text.startsWith(`${year}年`, p); year++) {
      const tailAt = p + 5;
      let e = tailAt;
      while (e < to && /[\d.]/.test(text[e]) && !text.startsWith(`${year + 1}年`, e)) e++;
      rows.push({ year, at: p, tail: text.slice(tailAt, e), tailAt });
      p = e;
    }
    if (rows.length < 2) continue;
    // the cuts whose values change least from one year to the next (a path through the rows' readings)
    const options = rows.map((r) => cutsOf(r.tail, columns.length));
    if (options.some((o) => o.length === 0)) continue;
    const change = (a: TailCell[], b: TailCell[]): number =>
      a.reduce((s, x, i) => s + (x.value && b[i].value ? Math.abs(Math.log(b[i].value! / x.value)) + (b[i].value! < x.value ? 1 : 0) : 3), 0);
    let best = options[0].map((o) => ({ cost: 0, path: [o] }));
    for (let r = 1; r < rows.length; r++) {
      best = options[r].map((o) => {
        let pick = best[0];
        let cost = Infinity;
        for (const b of best) {
          const c = b.cost + change(b.path[b.path.length - 1], o);
          if (c < cost) { cost = c; pick = b; }
        }
        return { cost, path: [...pick.path, o] };
      });
    }
    const path = best.reduce((a, b) => (b.cost < a.cost ? b : a)).path;
    const candidates: Candidate[] = [];
    rows.forEach((r, i) => path[i].forEach((c, k) => {
      if (c.value === null) return;
      candidates.push({
        rule: "table-row", start: r.at, end: r.tailAt + c.end, numberAt: r.tailAt + c.start, value: c.value, valueMax: null,
        unit: columns[k].unit, comparator: "=", kind: /新增|新建/.test(columns[k].name) ? "increment" : "level", period: null,
        indicator: columns[k].name, optional: false, year: r.year, responsible: null,
      });
    }));
    out.push({ start: from + h.index, end: p, candidates });
  }
  return out;
}
