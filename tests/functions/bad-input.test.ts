// Every PLAN function against every class of bad input: the Excel error a user expects, with a message.
import { describe, expect, it } from "vitest";
import type { Arg } from "../../src/functions/broadcast";
import type { PlanFunctions } from "../../src/functions/plan";
import { isError, makePlan } from "./fixtures";

const { plan } = makePlan();

interface Spec {
  fn: keyof PlanFunctions;
  /** A valid call. */
  args: Arg[];
  /** Positions of the number parameters. */
  numeric: number[];
  /** Out-of-domain numbers: [position, value, expected error]. */
  domain: [number, number, string][];
  /** Text options with unknown values: [position, bad text, words the message must name]. */
  options: [number, string, RegExp][];
  /** Whether ranges broadcast (else a range is itself the error). */
  broadcasts: boolean;
}

const SPECS: Spec[] = [
  { fn: "REQGROWTH", args: [100, 121, 2], numeric: [0, 1, 2], domain: [[0, 0, "#NUM!"], [0, -1, "#NUM!"], [2, 0, "#NUM!"], [2, -3, "#NUM!"]], options: [], broadcasts: true },
  { fn: "REQPOINTS", args: [60, 65, 5], numeric: [0, 1, 2], domain: [[2, 0, "#NUM!"]], options: [], broadcasts: true },
  { fn: "CAGR", args: [100, 133.1, 3], numeric: [0, 1, 2], domain: [[0, 0, "#NUM!"], [2, 0, "#NUM!"]], options: [], broadcasts: true },
  { fn: "REMGROWTH", args: [110, 2023, 133.1, 2025], numeric: [0, 1, 2, 3], domain: [[0, 0, "#NUM!"], [3, 2023, "#NUM!"]], options: [], broadcasts: true },
  { fn: "GAP", args: [80, 100, ">="], numeric: [0, 1], domain: [], options: [[2, "atleast", /<=/]], broadcasts: true },
  { fn: "GAPPCT", args: [80, 100, ">="], numeric: [0, 1], domain: [[1, 0, "#DIV/0!"]], options: [[2, "atleast", /<=/]], broadcasts: true },
  { fn: "PROGRESS", args: [100, 130, 150, "level"], numeric: [0, 1, 2], domain: [], options: [[3, "stock", /level, share, growth, change, increment, annual/]], broadcasts: true },
  { fn: "TARGETLEVEL", args: [100, -18, "change"], numeric: [0, 1], domain: [], options: [[2, "stock", /level, share/]], broadcasts: true },
  { fn: "TIMEPROGRESS", args: [2020, 2023, 2025], numeric: [0, 1, 2], domain: [[2, 2020, "#DIV/0!"]], options: [], broadcasts: true },
  {
    fn: "STATUS", args: [100, 2020, 130, 2023, 150, 2025, ">=", "time", 0.05, "level", "", "standard"], numeric: [0, 1, 2, 3, 4, 5, 8],
    domain: [[8, -0.5, "#NUM!"]],
    options: [[6, "atleast", /<=/], [7, "trend", /time.*growth/], [9, "stock", /level, share, growth, change, increment, annual/], [11, "words", /standard.*review.*eurostat.*code/]],
    broadcasts: true,
  },
  ...(["ANTICIPATED", "REACHYEAR", "TIMEDISTANCE"] as const).map((fn): Spec => ({
    fn, args: [100, 2020, 120, 2023, 150, 2025, ">=", "time", "level"], numeric: [0, 1, 2, 3, 4, 5],
    domain: [[3, 2020, "#NUM!"], [5, 2020, "#NUM!"]], options: [[6, "atleast", /<=/], [7, "trend", /time.*growth/], [8, "stock", /level, share/]],
    broadcasts: true,
  })),
  { fn: "PROJECT", args: [100, 0.1, 2.5], numeric: [0, 1, 2], domain: [[1, -2, "#NUM!"]], options: [], broadcasts: true },
  {
    fn: "MILESTONES", args: [100, 2020, 121, 2022, "geometric"], numeric: [0, 1, 2, 3],
    domain: [[0, 0, "#NUM!"], [3, 2020, "#NUM!"]], options: [[4, "spline", /geometric.*linear/]], broadcasts: false,
  },
  { fn: "CONVERT", args: [5, "亿元", "万元"], numeric: [0], domain: [], options: [[1, "斤", /亿元.*万亩/], [2, "斤", /亿元.*万亩/]], broadcasts: true },
];

function call(spec: Spec, args: Arg[]): unknown[][] {
  return (plan[spec.fn] as (...a: Arg[]) => unknown[][])(...args);
}

/** The error of a call: thrown for the whole call, or held in its single cell. */
function errorOf(spec: Spec, args: Arg[]): { code: string; message?: string } | null {
  try {
    const r = call(spec, args);
    return isError(r[0]![0]) ? (r[0]![0] as { code: string; message?: string }) : null;
  } catch (e) {
    if (isError(e)) return e;
    throw e;
  }
}

const withArg = (args: Arg[], i: number, v: Arg): Arg[] => args.map((a, j) => (j === i ? v : a));

describe.each(SPECS)("PLAN.$fn", (spec) => {
  it("computes a value for valid input", () => {
    const r = call(spec, spec.args);
    expect(r.length).toBeGreaterThan(0);
    expect(r.flat().some(isError)).toBe(false);
  });

  it("text where a number belongs → #VALUE! with a message naming the parameter", () => {
    for (const i of spec.numeric) {
      for (const bad of ["abc", "十二", true]) {
        const e = errorOf(spec, withArg(spec.args, i, bad));
        expect(e?.code, `argument ${i} = ${String(bad)}`).toBe("#VALUE!");
        expect(e?.message).toMatch(/must be a number/);
      }
    }
  });

  it("out-of-domain numbers → the documented error", () => {
    for (const [i, v, code] of spec.domain) expect(errorOf(spec, withArg(spec.args, i, v))?.code, `argument ${i} = ${v}`).toBe(code);
  });

  it("unknown option text → #VALUE! naming the accepted values", () => {
    for (const [i, bad, names] of spec.options) {
      const e = errorOf(spec, withArg(spec.args, i, bad));
      expect(e?.code).toBe("#VALUE!");
      expect(e?.message).toMatch(names);
    }
  });

  it("empty cells → #N/A, never a silent 0 (STATUS: blank until its inputs are filled in)", () => {
    for (const i of spec.numeric) {
      for (const empty of [null, ""]) {
        const args = withArg(spec.args, i, [[empty]]);
        if (spec.fn === "STATUS") {
          // docs/measures.md: missing inputs give "unknown", shown blank; a blank tolerance takes the default.
          const expected = i === 8 ? "On track" : "";
          expect(call(spec, args)[0]![0], `argument ${i}`).toBe(expected);
        } else {
          const e = errorOf(spec, args);
          expect(e?.code, `argument ${i}`).toBe("#N/A");
          expect(e?.message).toMatch(/is empty/);
        }
      }
    }
  });

  it("mismatched range shapes → #VALUE! for the whole call", () => {
    const [i, j] = [0, 1];
    const col = [[spec.args[i]], [spec.args[i]]] as Arg;
    const row = [[spec.args[j], spec.args[j], spec.args[j]]] as Arg;
    const args = withArg(withArg(spec.args, i, col), j, row);
    let thrown: unknown = null;
    try {
      call(spec, args);
    } catch (e) {
      thrown = e;
    }
    expect(isError(thrown) && thrown.code).toBe("#VALUE!");
    expect(isError(thrown) && thrown.message).toMatch(spec.broadcasts ? /same shape/ : /single value/);
  });
});

describe("PLAN.PARSE bad input", () => {
  it("empty text → #N/A; a range → #VALUE!; no target → #N/A", () => {
    const codes = [() => plan.PARSE(""), () => plan.PARSE([["a"], ["b"]]), () => plan.PARSE("今天天气很好")].map((f) => {
      try {
        f();
        return null;
      } catch (e) {
        return isError(e) ? e.code : "other";
      }
    });
    expect(codes).toEqual(["#N/A", "#VALUE!", "#N/A"]);
  });
});
