// The demo's illustrative actuals make sense for each kind of target, and stay labelled as illustrative.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Target } from "../../src/core/model";
import { measureOf } from "../../src/core/measure";
import { parseActualsCsv } from "../../src/cli/actuals";
import { ROOT, illustrativeRows, seedResults } from "../../scripts/make-illustrative-actuals";

const text = readFileSync(path.join(ROOT, "examples", "actuals-illustrative.csv"), "utf8");
const actuals = parseActualsCsv(text);
const targets = new Map<string, Target>(seedResults().results.flatMap((r) => r.targets.map((t) => [t.id, t] as [string, Target])));
const rows = [...actuals.byId].map(([id, a]) => ({ id, ...a, target: targets.get(id)! }));

describe("the illustrative actuals", () => {
  it("are labelled illustrative, match extracted targets, and show every status", () => {
    expect(text.split("\n")[0]).toBe("# ILLUSTRATIVE DATA, NOT OFFICIAL STATISTICS.");
    for (const r of rows) expect(r.target, r.id).toBeDefined();
    expect(new Set(illustrativeRows().map((r) => r.wanted))).toEqual(new Set(["achieved", "on-track", "moderate", "lagging", "away"]));
  });

  it("never count things in fractions (0.8 家): values of counted units are whole", () => {
    const counted = rows.filter((r) => /^(个|家|所|处|项|套|条|户|座|人|名|次|人次)$/.test(r.target.unit));
    expect(counted.length).toBeGreaterThan(0);
    for (const r of counted) {
      for (const v of [r.base, r.latest]) if (v !== null) expect(Number.isInteger(v), `${r.id} ${r.target.indicator} ${v}${r.target.unit}`).toBe(true);
    }
  });

  it("start increments from 0, give annual amounts one year's value, keep shares in percent, changes on an index and growth rates as rates", () => {
    const kinds = new Set<string>();
    for (const r of rows) {
      const kind = measureOf(r.target);
      kinds.add(kind);
      if (kind === "increment") expect(r.base, r.id).toBe(0);
      if (kind === "annual") expect([r.baseYear, r.base], r.id).toEqual([null, null]);
      if (kind === "share") for (const v of [r.base!, r.latest!]) expect(v >= 0 && v <= 100, `${r.id} ${v}`).toBe(true);
      if (kind === "change") expect(r.base, r.id).toBe(100);
      // a growth rate's latest value is the achieved rate in %, to one decimal as a bulletin states it; no base value
      if (kind === "growth") {
        expect(r.base, r.id).toBeNull();
        expect(Math.abs(r.latest!) < 100 && Math.abs(r.latest! * 10 - Math.round(r.latest! * 10)) < 1e-9, `${r.id} ${r.latest}`).toBe(true);
      }
      if (kind !== "annual") expect(r.latestYear! > r.baseYear!, r.id).toBe(true);
    }
    for (const k of ["level", "share", "growth", "increment"]) expect(kinds, k).toContain(k);
  });
});
