import { describe, expect, it } from "vitest";
import {
  add, call, div, eq, measure, mul, neg, num, pow, ref, renderFormula, str, sub, type Expr, type RenderOptions,
} from "../../src/core/sheet";
import { evaluate } from "./evaluate";

const o = (flavour: "custom" | "native", filePrefix = false): RenderOptions => ({ flavour, ref: (c) => `[@${c}]`, filePrefix });

describe("expression rendering", () => {
  it("brackets only where Excel precedence needs them", () => {
    const a = ref("a"), b = ref("b"), c = ref("c");
    expect(renderFormula(sub(a, sub(b, c)), o("native"))).toBe("=[@a]-([@b]-[@c])");
    expect(renderFormula(sub(sub(a, b), c), o("native"))).toBe("=[@a]-[@b]-[@c]");
    expect(renderFormula(mul(add(a, b), c), o("native"))).toBe("=([@a]+[@b])*[@c]");
    expect(renderFormula(div(a, mul(b, c)), o("native"))).toBe("=[@a]/([@b]*[@c])");
    expect(renderFormula(pow(div(a, b), div(num(1), c)), o("native"))).toBe("=([@a]/[@b])^(1/[@c])");
    expect(renderFormula(pow(pow(a, b), c), o("native"))).toBe("=([@a]^[@b])^[@c]");
    expect(renderFormula(eq(add(a, b), num(0)), o("native"))).toBe("=[@a]+[@b]=0");
    expect(renderFormula(neg(add(a, b)), o("native"))).toBe("=-([@a]+[@b])");
  });

  it("rendered text evaluates like the tree (brackets preserve meaning)", () => {
    const vals: Record<string, number> = { a: 7, b: 3, c: 2 };
    const cases: Expr[] = [
      sub(ref("a"), sub(ref("b"), ref("c"))),
      div(ref("a"), mul(ref("b"), ref("c"))),
      pow(div(ref("a"), ref("b")), div(num(1), ref("c"))),
    ];
    for (const e of cases) {
      const text = renderFormula(e, { flavour: "native", ref: (c) => String(vals[c]) }).slice(1).replace(/\^/g, "**");
      // eslint-disable-next-line no-new-func -- arithmetic-only text built above
      const js = Function(`return ${text}`)() as number;
      expect(js).toBeCloseTo(evaluate(e, (c) => vals[c]!) as number, 12);
    }
  });

  it("escapes quotes in strings", () => {
    expect(renderFormula(eq(ref("x"), str('say "hi"')), o("native"))).toBe('=[@x]="say ""hi"""');
  });

  it("renders a measure as PLAN.* or as its native expansion, prefixing newer functions only in files", () => {
    const m = measure("REQGROWTH", [ref("B"), ref("T"), ref("n")], call("RRI", ref("n"), ref("B"), ref("T")));
    expect(renderFormula(m, o("custom"))).toBe("=PLAN.REQGROWTH([@B],[@T],[@n])");
    expect(renderFormula(m, o("native"))).toBe("=RRI([@n],[@B],[@T])");
    expect(renderFormula(m, o("native", true))).toBe("=_xlfn.RRI([@n],[@B],[@T])");
  });

  it("refuses non-finite constants", () => {
    expect(() => renderFormula(num(Number.NaN), o("native"))).toThrow(/finite/);
  });
});
