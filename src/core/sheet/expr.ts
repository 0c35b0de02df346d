// A tiny formula expression tree. Each formula column is defined ONCE as an Expr; renderers turn it into
// text for a reference style (structured [@列], A1) and a flavour (PLAN.* custom functions or native Excel).

/** Measures that exist both as PLAN.* custom functions and as native expansions (see measure-exprs.ts). */
export type MeasureName =
  | "TARGETLEVEL" | "REQGROWTH" | "REQPOINTS" | "CAGR" | "REMGROWTH" | "GAP" | "PROGRESS" | "TIMEPROGRESS"
  | "ANTICIPATED" | "REACHYEAR" | "TIMEDISTANCE" | "STATUS";

export type BinaryOp = "+" | "-" | "*" | "/" | "^" | "&" | "=" | "<>" | "<" | "<=" | ">" | ">=";

export type Expr =
  | { k: "ref"; col: string }
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "bool"; v: boolean }
  /** An error constant such as #NUM!, for inputs outside a measure's domain (as docs/measures.md says). */
  | { k: "err"; code: ErrorCode }
  | { k: "bin"; op: BinaryOp; a: Expr; b: Expr }
  | { k: "neg"; a: Expr }
  /** A native worksheet function (IF, OR, MAX, RRI ...). */
  | { k: "call"; fn: string; args: Expr[] }
  /**
   * A measure: PLAN.<name>(customArgs) in the custom flavour — blank where `guard` holds, when given — and
   * `native` in the native flavour (which checks its own inputs).
   */
  | { k: "measure"; name: MeasureName; customArgs: Expr[]; native: Expr; guard?: Expr };

export type Flavour = "custom" | "native";

export type ErrorCode = "#NUM!" | "#VALUE!" | "#DIV/0!" | "#N/A";

export interface RenderOptions {
  flavour: Flavour;
  /** How a column reference is written, e.g. `[@基期值]` or `O2`. */
  ref: (col: string) => string;
  /**
   * Write functions newer than Excel 2010 with their file prefix (`_xlfn.RRI`). Needed in .xlsx files
   * (LibreOffice shows #NAME? otherwise); Office.js formulas take the bare name.
   */
  filePrefix?: boolean;
  /** Namespace of the custom functions. */
  namespace?: string;
}

/** Functions that need the `_xlfn.` prefix inside a file. */
const NEWER_FUNCTIONS = new Set(["RRI", "IFS", "IFNA", "XLOOKUP", "CONCAT", "TEXTJOIN"]);

// ---- builders -------------------------------------------------------------------------------------
export const ref = (col: string): Expr => ({ k: "ref", col });
export const num = (v: number): Expr => ({ k: "num", v });
export const str = (v: string): Expr => ({ k: "str", v });
export const bool = (v: boolean): Expr => ({ k: "bool", v });
export const err = (code: ErrorCode): Expr => ({ k: "err", code });
const bin = (op: BinaryOp) => (a: Expr, b: Expr): Expr => ({ k: "bin", op, a, b });
export const add = bin("+");
export const sub = bin("-");
export const mul = bin("*");
export const div = bin("/");
export const pow = bin("^");
export const eq = bin("=");
export const ne = bin("<>");
export const lt = bin("<");
export const le = bin("<=");
export const gt = bin(">");
export const ge = bin(">=");
export const neg = (a: Expr): Expr => ({ k: "neg", a });
export const call = (fn: string, ...args: Expr[]): Expr => ({ k: "call", fn, args });
export const iff = (test: Expr, yes: Expr, no: Expr): Expr => call("IF", test, yes, no);
/** OR of the arguments; nested ORs are flattened into one call. */
export const or = (...args: Expr[]): Expr => {
  const flat = args.flatMap((a) => (a.k === "call" && a.fn === "OR" ? a.args : [a]));
  return flat.length === 1 ? flat[0]! : call("OR", ...flat);
};
export const and = (...args: Expr[]): Expr => (args.length === 1 ? args[0]! : call("AND", ...args));
export const not = (a: Expr): Expr => call("NOT", a);
export const BLANK = str("");
/** TRUE when any of the cells is empty. */
export const anyBlank = (...cells: Expr[]): Expr => or(...cells.map((c) => eq(c, BLANK)));
export const measure = (name: MeasureName, customArgs: Expr[], native: Expr, guard?: Expr): Expr => ({
  k: "measure",
  name,
  customArgs,
  native,
  ...(guard ? { guard } : {}),
});

// ---- rendering ------------------------------------------------------------------------------------
// Excel precedence, loosest first. Unary minus binds tighter than ^ in Excel (-2^2 = 4).
const PRECEDENCE: Record<BinaryOp, number> = {
  "=": 1, "<>": 1, "<": 1, "<=": 1, ">": 1, ">=": 1,
  "&": 2,
  "+": 3, "-": 3,
  "*": 4, "/": 4,
  "^": 5,
};
const ATOM = 7;

function precedenceOf(e: Expr, o: RenderOptions): number {
  if (e.k === "bin") return PRECEDENCE[e.op];
  if (e.k === "neg") return 6;
  if (e.k === "measure" && o.flavour === "native") return precedenceOf(e.native, o);
  if (e.k === "measure" && e.guard) return ATOM; // IF(…)
  if (e.k === "num" && e.v < 0) return 6;
  return ATOM;
}

function formatNumber(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`formula constant must be finite, got ${v}`);
  // Shortest round-trip text; Excel reads plain and exponent notation alike.
  return String(v);
}

/** Renders an expression without the leading "=". */
export function renderExpr(e: Expr, o: RenderOptions): string {
  switch (e.k) {
    case "ref":
      return o.ref(e.col);
    case "num":
      return formatNumber(e.v);
    case "str":
      return `"${e.v.replace(/"/g, '""')}"`;
    case "bool":
      return e.v ? "TRUE" : "FALSE";
    case "err":
      return e.code;
    case "neg": {
      const inner = renderExpr(e.a, o);
      return precedenceOf(e.a, o) >= 6 ? `-${inner}` : `-(${inner})`;
    }
    case "bin": {
      const p = PRECEDENCE[e.op];
      const left = renderExpr(e.a, o);
      const right = renderExpr(e.b, o);
      // Left-associative: a right operand of equal precedence needs brackets (a-(b-c)); so does ^ on the left.
      const lp = precedenceOf(e.a, o);
      const rp = precedenceOf(e.b, o);
      const l = lp < p || (e.op === "^" && lp === p) ? `(${left})` : left;
      const r = rp <= p ? `(${right})` : right;
      return `${l}${e.op}${r}`;
    }
    case "call": {
      const name = o.filePrefix && NEWER_FUNCTIONS.has(e.fn) ? `_xlfn.${e.fn}` : e.fn;
      return `${name}(${e.args.map((a) => renderExpr(a, o)).join(",")})`;
    }
    case "measure": {
      if (o.flavour === "native") return renderExpr(e.native, o);
      const fn = `${o.namespace ?? "PLAN"}.${e.name}(${e.customArgs.map((a) => renderExpr(a, o)).join(",")})`;
      return e.guard ? `IF(${renderExpr(e.guard, o)},"",${fn})` : fn;
    }
  }
}

/** Renders a whole cell formula ("=..."). */
export function renderFormula(e: Expr, o: RenderOptions): string {
  return `=${renderExpr(e, o)}`;
}

/** Column keys an expression reads (for dependency checks and tests). */
export function refsOf(e: Expr, out: Set<string> = new Set()): Set<string> {
  switch (e.k) {
    case "ref":
      out.add(e.col);
      break;
    case "bin":
      refsOf(e.a, out);
      refsOf(e.b, out);
      break;
    case "neg":
      refsOf(e.a, out);
      break;
    case "call":
      e.args.forEach((a) => refsOf(a, out));
      break;
    case "measure":
      e.customArgs.forEach((a) => refsOf(a, out));
      refsOf(e.native, out);
      if (e.guard) refsOf(e.guard, out);
      break;
    default:
      break;
  }
  return out;
}
