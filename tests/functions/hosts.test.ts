// The PLAN functions as Excel on the web and Excel desktop call them (tests/fakes/custom-functions-host.ts):
// empty cells arrive as null on the web and as 0 on older desktop builds; error values in input ranges reach
// the functions only because the built metadata allows them. docs/functions.md, "Empty cells and hosts".
import { beforeAll, describe, expect, it } from "vitest";
import {
  EMPTY, declaredRuntime, flagProblem, loadCustomFunctionsHost, type CustomFunctionsHost, type ErrorShape, type Host, type Outcome, type SheetCell,
} from "../fakes/custom-functions-host";

let excel: CustomFunctionsHost;
beforeAll(async () => {
  excel = await loadCustomFunctionsHost();
});

const HOSTS: Host[] = ["web", "desktop"];
const column = (...cells: SheetCell[]): SheetCell[][] => cells.map((c) => [c]);

function spill(o: Outcome): unknown[][] {
  if ("error" in o) throw new Error(`the whole formula failed with ${o.error.code} ${o.error.message ?? ""}`);
  return o.spill;
}

/** A spilled result as codes and values: errors by their code, numbers rounded for comparison. */
const shown = (rows: unknown[][]): unknown[] =>
  rows.flat().map((v) => (typeof v === "object" && v !== null ? (v as { code: string }).code : typeof v === "number" ? Number(v.toFixed(9)) : v));

describe.each(HOSTS)("PLAN.STATUS over ranges with empty cells, Excel %s", (host) => {
  // Base and latest years filled down the sheet, values only where known: the common tracking layout.
  const base = column(100, EMPTY, 100, 100, 100, 100);
  const baseYear = column(2020, 2020, 2020, EMPTY, 2020, 2020);
  const latest = column(130, 130, EMPTY, 130, 130, 130);
  const latestYear = column(2023, 2023, 2023, 2023, EMPTY, 2023);
  const target = column(150, 150, 150, 150, 150, EMPTY);

  it("gives a status only where base, latest, their years and the target are all filled in", () => {
    const r = spill(excel.call(host, "STATUS", base, baseYear, latest, latestYear, target, 2025));
    expect(shown(r)).toEqual(["On track", "", "", "", "", ""]);
  });

  it("reads an empty comparator, method or kind cell in a range as the default", () => {
    const comparators = column(">=", EMPTY, "<=");
    const methods = column(EMPTY, "time", EMPTY);
    const kinds = column("level", EMPTY, EMPTY);
    const r = spill(excel.call(host, "STATUS", 100, 2020, 130, 2023, column(150, 150, 80), 2025, comparators, methods, undefined, kinds));
    expect(shown(r)).toEqual(["On track", "On track", "Moving away"]);
  });
});

describe("PLAN.STATUS gives the same answer on both hosts", () => {
  it("for every pattern of empty inputs in a row", () => {
    const full: SheetCell[] = [100, 2020, 126, 2023, 150, 2025];
    for (let mask = 0; mask < 64; mask++) {
      const row = full.map((v, i) => (mask & (1 << i) ? EMPTY : v));
      const [web, desktop] = HOSTS.map((h) => shown(spill(excel.call(h, "STATUS", ...row))));
      expect(desktop, `empty inputs ${mask.toString(2)}`).toEqual(web);
      expect(web, `empty inputs ${mask.toString(2)}`).toEqual([mask === 0 ? "Lagging" : ""]);
    }
  });
});

// Called directly, PLAN.STATUS cannot tell an empty cell from a 0 on desktop builds that pass blanks as 0: a 0 in
// base, latest, a year or the target counts as missing on every host (docs/functions.md, "Empty cells").
describe.each(HOSTS)("PLAN.STATUS called directly, Excel %s", (host) => {
  it("reads a 0 in base, latest, a year or the target as missing, as an empty cell", () => {
    for (const i of [0, 1, 2, 3, 4, 5]) {
      const row: SheetCell[] = [100, 2020, 126, 2023, 150, 2025];
      row[i] = 0;
      expect(shown(spill(excel.call(host, "STATUS", ...row))), `argument ${i} = 0`).toEqual([""]);
    }
    // a cap of 0 met with a latest value of 0 is the price: no status
    expect(shown(spill(excel.call(host, "STATUS", 5, 2020, 0, 2023, 0, 2025, "<=")))).toEqual([""]);
  });

  it("counts an increment or annual amount from 0 when its base is empty or 0", () => {
    for (const base of [EMPTY, 0] as SheetCell[]) {
      // 新建学校5所: 2 built by 2023 of 5 by 2025, 60 % of the time gone → lagging
      expect(shown(spill(excel.call(host, "STATUS", base, 2020, 2, 2023, 5, 2025, ">=", "time", 0.05, "increment")))).toEqual(["Lagging"]);
      expect(shown(spill(excel.call(host, "STATUS", base, EMPTY, 5200, 2024, 5000, 2025, ">=", "time", 0.05, "annual")))).toEqual(["Achieved"]);
    }
  });

  it("takes a 0 as a 0 when the formula says it has tested its cells for blanks (blanksChecked, as the table does)", () => {
    const capMet = [5, 2020, 0, 2023, 0, 2025, "<=", "time", 0.05, "level", undefined, "code"] as SheetCell[];
    expect(shown(spill(excel.call(host, "STATUS", ...capMet, true)))).toEqual(["achieved"]);
    expect(shown(spill(excel.call(host, "STATUS", ...capMet, false)))).toEqual([""]);
    expect(shown(spill(excel.call(host, "STATUS", ...capMet, EMPTY)))).toEqual([""]);
    // a typed base of 0 for an increment: 2 of 5 added with 60 % of the time gone
    expect(shown(spill(excel.call(host, "STATUS", 0, 2020, 2, 2023, 5, 2025, ">=", "time", 0.05, "increment", undefined, "code", true)))).toEqual(["lagging"]);
  });
});

describe("other functions with an empty input (documented per host)", () => {
  it("Excel on the web: #N/A naming the empty input", () => {
    const r = spill(excel.call("web", "GAP", column(80, EMPTY), 100));
    expect(shown(r)).toEqual([20, "#N/A"]);
    expect((r[1]![0] as { message: string }).message).toBe("actual is empty");
  });

  it("older Excel desktop builds: the empty cell is computed as the 0 Excel passes", () => {
    expect(shown(spill(excel.call("desktop", "GAP", column(80, EMPTY), 100)))).toEqual([20, 100]);
    expect(shown(spill(excel.call("desktop", "REQGROWTH", EMPTY, 121, 2)))).toEqual(["#NUM!"]);
  });

  it("text parameters read an empty cell as empty on both hosts", () => {
    for (const host of HOSTS) {
      const r = spill(excel.call(host, "CONVERT", 1, column("亿元", EMPTY), "万元"));
      expect(shown(r)).toEqual([10000, "#N/A"]);
    }
  });
});

describe("the built metadata and the Excel versions the manifest admits", () => {
  it("sets only flags the declared CustomFunctionsRuntime covers: error inputs, no data types (Office 2021 crashes on both)", () => {
    expect(excel.metadata.allowErrorForDataTypeAny).toBe(true);
    expect(excel.metadata).not.toHaveProperty("allowCustomDataForDataTypeAny");
    expect(flagProblem(excel.metadata as never, declaredRuntime())).toBeNull();
  });

  it("would be refused with the data-types flag, which needs CustomFunctionsRuntime 1.4 (the fake is that strict)", async () => {
    await expect(loadCustomFunctionsHost({ ...excel.metadata, allowCustomDataForDataTypeAny: true })).rejects.toThrow(
      /allowCustomDataForDataTypeAny needs CustomFunctionsRuntime 1.4; the manifest requires only 1.2/,
    );
    await expect(loadCustomFunctionsHost({ ...excel.metadata, allowCustomDataForDataTypeAny: true }, { runtime: "1.4" })).resolves.toBeTruthy();
  });
});

// Excel documents that allowErrorForDataTypeAny lets error values in, not the shape they arrive in: both are tried.
describe.each(["codeObject", "cellValue"] as ErrorShape[])("error values in input ranges, passed as %s", (errorShape) => {
  const NA: SheetCell = { code: "#N/A" };
  let shaped: CustomFunctionsHost;
  beforeAll(async () => {
    shaped = await loadCustomFunctionsHost(undefined, { errorShape });
  });

  it("fail only their own cell: the rest of the spill still computes", () => {
    for (const host of HOSTS) {
      const r = spill(shaped.call(host, "PROGRESS", column(100, NA, 100, { code: "#DIV/0!" }), 130, 150));
      expect(shown(r)).toEqual([0.6, "#N/A", 0.6, "#DIV/0!"]);
    }
  });

  it("reach every broadcasting function and parameter, and come out as the same error", () => {
    const calls: [string, SheetCell[]][] = [
      ["REQGROWTH", [100, 121, 2]], ["REQPOINTS", [60, 65, 5]], ["CAGR", [100, 133.1, 3]], ["REMGROWTH", [110, 2023, 133.1, 2025]],
      ["GAP", [80, 100, ">=", 120]], ["GAPPCT", [80, 100, ">=", 120]], ["PROGRESS", [100, 130, 150]], ["TIMEPROGRESS", [2020, 2023, 2025]],
      ["STATUS", [100, 2020, 130, 2023, 150, 2025, ">=", "time", 0.05, "level"]], ["PROJECT", [100, 0.1, 2]], ["CONVERT", [5, "亿元", "万元"]],
    ];
    for (const [id, args] of calls) {
      for (let i = 0; i < args.length; i++) {
        const withError = args.map((a, j) => (j === i ? column(a, NA) : a));
        const r = spill(shaped.call("web", id, ...withError));
        expect(shown(r)[0], `${id} argument ${i}, valid row`).not.toBe("#N/A");
        expect(shown(r)[1], `${id} argument ${i}, row with #N/A`).toBe("#N/A");
      }
    }
  });

  it("keep a message only where the input carries one, and name errors a function cannot return", () => {
    const upstream = { code: "#N/A", message: "base is empty" };
    const r = spill(shaped.call("web", "REQGROWTH", column(upstream, { code: "#REF!" }, { code: "#SPILL!" }), 121, 2));
    expect(r.flat()).toEqual([
      { code: "#N/A", message: errorShape === "codeObject" ? "base is empty" : "base is #N/A" },
      { code: "#VALUE!", message: "base is #REF!" },
      { code: "#VALUE!", message: "base is #SPILL!" },
    ]);
  });

  it("make MILESTONES and PARSE, which take single values, that error", async () => {
    expect(shaped.call("web", "MILESTONES", { code: "#N/A" }, 2020, 121, 2022)).toEqual({ error: { code: "#N/A", message: "base is #N/A" } });
    expect(await shaped.callAsync("web", "PARSE", { code: "#DIV/0!" })).toEqual({ error: { code: "#DIV/0!" } });
  });
});

describe("error values without allowErrorForDataTypeAny", () => {
  it("fail the whole formula: Excel does not call the function (the fake is that strict)", async () => {
    const strict = await loadCustomFunctionsHost({ ...excel.metadata, allowErrorForDataTypeAny: false });
    expect(strict.call("web", "PROGRESS", column(100, { code: "#N/A" }, 100), 130, 150)).toEqual({ error: { code: "#N/A" } });
  });
});

describe("PLAN.PARSE, which loads the extraction engine on its first call", () => {
  it("spills the targets of a sentence once the engine has loaded, and is asynchronous to Excel", async () => {
    const r = await excel.callAsync("web", "PARSE", "到2025年，地区生产总值突破970亿元。");
    expect("spill" in r && r.spill[0]?.slice(1, 5)).toEqual([">", 970, "亿元", 2025]);
    // (a host that treated PARSE as synchronous would show a Promise in the cell: the fake refuses it)
    expect(() => excel.call("web", "PARSE", "到2025年，地区生产总值突破970亿元。")).toThrow(/returns a Promise/);
  });
  it("shows #N/A for a text with no target, as before", async () => {
    const r = await excel.callAsync("web", "PARSE", "会议强调要统一思想。");
    expect("error" in r && r.error.code).toBe("#N/A");
  });
});
