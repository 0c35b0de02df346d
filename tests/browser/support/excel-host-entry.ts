// Test-only Excel host injected into the page before the pane loads: a minimal Office shim (Office.onReady
// reports Excel, after a chosen delay; the chosen display language; CustomFunctions for the shared runtime) and the in-memory fake
// Excel from tests/fakes, exposed as window.__excelHost so the test can read the recorded workbook.
/* eslint-disable @typescript-eslint/no-explicit-any -- the shim mirrors loosely typed Office globals. */
import { installFakeExcel } from "../../fakes/fake-excel";

declare const __DISPLAY_LANGUAGE__: string;
declare const __READY_AFTER_MS__: number;

const g = globalThis as any;
const host = installFakeExcel();
const associated: string[] = [];
/** The functions associated, by id, for the test to call as Excel would. */
const functions: Record<string, (...args: unknown[]) => unknown> = {};
const info = { host: "Excel", platform: "OfficeOnline" };

g.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  context: { displayLanguage: __DISPLAY_LANGUAGE__, requirements: { isSetSupported: () => true } },
  onReady(callback?: (i: typeof info) => void) {
    const ready = new Promise<typeof info>((resolve) => (__READY_AFTER_MS__ > 0 ? setTimeout(() => resolve(info), __READY_AFTER_MS__) : resolve(info)));
    return ready.then((i) => (callback?.(i), i));
  },
  actions: { associate: () => undefined },
};
g.CustomFunctions = {
  associate: (id: string, fn: (...args: unknown[]) => unknown) => {
    associated.push(id);
    functions[id] = fn;
  },
  Error: class CustomFunctionError extends Error {
    constructor(readonly code: string, message?: string) {
      super(message ?? code);
    }
  },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
};

/** A plain snapshot of the workbook for the test: sheets, tables with headers and rows of values. */
function snapshot(): unknown {
  return host.state.sheets.map((s) => ({
    name: s.name,
    customProperties: Object.fromEntries(s.customProperties),
    tables: s.tables.map((t) => ({
      name: t.name,
      headers: t.headers(),
      rows: t.rows,
      values: Array.from({ length: t.rows }, (_, i) =>
        Array.from({ length: t.cols }, (_, j) => {
          const c = s.peek(t.top + 1 + i, t.left + j);
          return c ? (c.formula ?? c.value) : "";
        }),
      ),
    })),
    cfs: s.cfs.length,
  }));
}

/** A sheet of the user's own (not made by the add-in) filled from A1, with `address` selected. */
function userSheet(name: string, rows: (string | number)[][], address: string): void {
  const sheet = host.state.addSheet(name);
  rows.forEach((row, r) => row.forEach((v, c) => void (sheet.cell(r, c).value = v)));
  host.state.selection = { sheet, address };
}

g.__excelHost = { host, associated, functions, snapshot, userSheet, stats: host.stats };
