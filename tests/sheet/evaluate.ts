// A small evaluator of the sheet model's native expressions with Excel's semantics (blank cells, text vs
// number comparison, error propagation), so property tests can compare formulas with src/core/measure.
import type { Expr } from "../../src/core/sheet";

export class XlError {
  constructor(readonly code: "#DIV/0!" | "#NUM!" | "#VALUE!" | "#N/A") {}
}
export type XlValue = number | string | boolean | null | XlError; // null = blank cell

const isErr = (v: XlValue): v is XlError => v instanceof XlError;

function toNumber(v: XlValue): number | XlError {
  if (isErr(v)) return v;
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  const n = Number(v);
  return v.trim() !== "" && Number.isFinite(n) ? n : new XlError("#VALUE!");
}

function toBool(v: XlValue): boolean | XlError {
  if (isErr(v)) return v;
  if (typeof v === "boolean") return v;
  if (v === null) return false;
  if (typeof v === "number") return v !== 0;
  return new XlError("#VALUE!");
}

/** Excel comparison order: numbers < text < booleans; blank acts as 0 or "" by the other side. */
const rank = (v: XlValue): number => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);

function compare(a: XlValue, b: XlValue): number {
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  const ra = rank(a), rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === "string") {
    if (a === b) return 0;
    const x = a.toLowerCase(), y = (b as string).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(a), y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function arith(op: string, a: number, b: number): number | XlError {
  switch (op) {
    case "+": return a + b;
    case "-": return a - b;
    case "*": return a * b;
    case "/": return b === 0 ? new XlError("#DIV/0!") : a / b;
    case "^": {
      const r = Math.pow(a, b);
      return Number.isFinite(r) ? r : new XlError("#NUM!");
    }
  }
  throw new Error(op);
}

/** Calls a PLAN function for a measure node of the custom flavour (see rows.ts). */
export type CustomCall = (name: string, args: XlValue[]) => XlValue;

/**
 * Evaluates an expression: natively, or — given `custom` — as the custom flavour renders it (a measure node is
 * its guard, then the PLAN function).
 */
export function evaluate(top: Expr, cell: (col: string) => XlValue, custom?: CustomCall): XlValue {
  return ev(top);
  // One closure per evaluation, not per node: the measure formulas have thousands of nodes.
  function ev(e: Expr): XlValue {
  switch (e.k) {
    case "ref": return cell(e.col);
    case "num": return e.v;
    case "str": return e.v;
    case "bool": return e.v;
    case "err": return new XlError(e.code === "#DIV/0!" ? "#DIV/0!" : e.code === "#VALUE!" ? "#VALUE!" : e.code === "#N/A" ? "#N/A" : "#NUM!");
    case "neg": {
      const n = toNumber(ev(e.a));
      return isErr(n) ? n : -n;
    }
    case "measure": {
      if (!custom) return ev(e.native);
      if (e.guard) {
        const g = toBool(ev(e.guard));
        if (isErr(g)) return g;
        if (g) return "";
      }
      return custom(e.name, e.customArgs.map(ev));
    }
    case "bin": {
      const a = ev(e.a), b = ev(e.b);
      if (isErr(a)) return a;
      if (isErr(b)) return b;
      switch (e.op) {
        case "=": return compare(a, b) === 0;
        case "<>": return compare(a, b) !== 0;
        case "<": return compare(a, b) < 0;
        case "<=": return compare(a, b) <= 0;
        case ">": return compare(a, b) > 0;
        case ">=": return compare(a, b) >= 0;
        default: break;
      }
      if (e.op === "&") return `${a ?? ""}${b ?? ""}`;
      const x = toNumber(a), y = toNumber(b);
      if (isErr(x)) return x;
      if (isErr(y)) return y;
      return arith(e.op, x, y);
    }
    case "call": {
      switch (e.fn) {
        case "IF": {
          const t = toBool(ev(e.args[0]!));
          if (isErr(t)) return t;
          return t ? ev(e.args[1]!) : ev(e.args[2]!);
        }
        case "OR":
        case "AND": {
          const vs = e.args.map((a) => toBool(ev(a)));
          const err = vs.find(isErr);
          if (err) return err;
          return e.fn === "OR" ? vs.some(Boolean) : vs.every(Boolean);
        }
        case "MAX": {
          const ns = e.args.map((a) => toNumber(ev(a)));
          const err = ns.find(isErr);
          return err ?? Math.max(...(ns as number[]));
        }
        case "ISNUMBER": return typeof ev(e.args[0]!) === "number";
        case "NOT": {
          const t = toBool(ev(e.args[0]!));
          return isErr(t) ? t : !t;
        }
        case "LN":
        case "SIGN":
        case "INT": {
          const x = toNumber(ev(e.args[0]!));
          if (isErr(x)) return x;
          if (e.fn === "SIGN") return Math.sign(x);
          if (e.fn === "INT") return Math.floor(x);
          return x > 0 ? Math.log(x) : new XlError("#NUM!");
        }
        case "N": {
          const v = ev(e.args[0]!);
          return typeof v === "number" ? v : 0;
        }
        case "RRI": {
          const [n, pv, fv] = e.args.map((a) => toNumber(ev(a)));
          for (const x of [n, pv, fv]) if (isErr(x)) return x;
          if ((n as number) <= 0 || pv === 0) return new XlError("#NUM!");
          const r = Math.pow((fv as number) / (pv as number), 1 / (n as number)) - 1;
          return Number.isFinite(r) ? r : new XlError("#NUM!");
        }
      }
      throw new Error(`evaluator lacks ${e.fn}`);
    }
  }
  }
}
