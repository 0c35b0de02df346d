// Cost per cell of PLAN.REQGROWTH and PLAN.STATUS over 100,000-cell ranges (goal ≤ 1 µs per cell), and
// the minified + gzipped size of the custom-functions bundle Excel loads at start (goal ≤ 150 KB).
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { extract } from "../src/core";
import { createPlanFunctions } from "../src/functions/plan";
import { plainErrorFactory } from "../src/functions/excel-errors";
import type { Cell } from "../src/functions/cells";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CELLS = 100_000;
const RUNS = 7;

const column = (f: (i: number) => Cell): Cell[][] => Array.from({ length: CELLS }, (_, i) => [f(i)]);

/** Median and best time per cell in nanoseconds over RUNS runs, after one warm-up run. */
function perCell(run: () => Cell[][]): { median: number; best: number } {
  const check = run();
  if (check.length !== CELLS) throw new Error("wrong result shape");
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - t0) / CELLS);
  }
  times.sort((a, b) => a - b);
  // The median is the figure; the best run shows the cost without other processes competing for the CPU.
  return { median: times[Math.floor(RUNS / 2)]!, best: times[0]! };
}

/**
 * What Excel loads before the functions start: the entry chunk and the chunks it imports statically, minified (the
 * engine behind PARSE is a chunk of its own, loaded on PARSE's first call), and that engine chunk alone.
 */
async function bundleSize(): Promise<{ raw: number; gzip: number; lazy: number }> {
  const r = await build({
    entryPoints: [path.join(root, "src/functions/functions.ts")],
    bundle: true,
    splitting: true,
    minify: true,
    write: false,
    outdir: "/bundle",
    format: "esm",
    platform: "browser",
    target: "es2020",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const files = new Map(r.outputFiles.map((f) => [path.basename(f.path), f.text]));
  const loaded = new Set<string>();
  const visit = (name: string): void => {
    if (loaded.has(name) || !files.has(name)) return;
    loaded.add(name);
    // (static imports only: import{…}from"./chunk-X.js" or import"./chunk-X.js"; import("./…") loads later)
    for (const m of files.get(name)!.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(m[1]!);
  };
  visit("functions.js");
  const js = Buffer.from([...loaded].map((n) => files.get(n)!).join("\n"));
  const lazy = [...files.keys()].filter((n) => !loaded.has(n)).reduce((sum, n) => sum + gzipSync(Buffer.from(files.get(n)!), { level: 9 }).length, 0);
  return { raw: js.length, gzip: gzipSync(js, { level: 9 }).length, lazy };
}

export default async function main(): Promise<void> {
  const plan = createPlanFunctions({ errors: plainErrorFactory, language: () => "zh-CN", extract });
  const bases = column((i) => 50 + (i % 997));
  const targets = column((i) => 80 + (i % 1301));
  const years = column((i) => 1 + (i % 10));
  const reqGrowth = perCell(() => plan.REQGROWTH(bases, targets, years));

  const latest = column((i) => 40 + (i % 1409));
  const comparators = column((i) => (i % 5 === 0 ? "≤" : "≥"));
  const statusTime = perCell(() => plan.STATUS(bases, [[2020]], latest, [[2023]], targets, [[2025]], comparators, [["time"]]));
  const statusGrowth = perCell(() => plan.STATUS(bases, [[2020]], latest, [[2023]], targets, [[2025]], comparators, [["growth"]]));
  // growth-rate targets: the latest value is the achieved rate in %, no base value
  const rates = column((i) => -3 + (i % 131) / 10);
  const rateTargets = column((i) => 2 + (i % 9));
  const statusRates = perCell(() =>
    plan.STATUS([[""]], [[2020]], rates, [[2023]], rateTargets, [[2025]], comparators, [["time"]], [[""]], [["growth"]]));

  const size = await bundleSize();
  const verdict = (ok: boolean): string => (ok ? "meets goal" : "MISSES goal");
  const line = (name: string, t: { median: number; best: number }): string =>
    `${name.padEnd(20)} ${t.median.toFixed(0).padStart(5)} ns/cell median, ${t.best.toFixed(0).padStart(5)} best, over ${CELLS} cells ` +
    `(goal ≤ 1000: ${verdict(t.median <= 1000)})`;
  console.log(line("REQGROWTH", reqGrowth));
  console.log(line("STATUS (time)", statusTime));
  console.log(line("STATUS (growth)", statusGrowth));
  console.log(line("STATUS (rates)", statusRates));
  console.log(`functions bundle     ${(size.raw / 1024).toFixed(1)} KB minified, ${(size.gzip / 1024).toFixed(1)} KB gzipped (goal ≤ 150: ${verdict(size.gzip <= 150 * 1024)}); ` +
    `the engine PARSE loads on its first call ${(size.lazy / 1024).toFixed(1)} KB gzipped`);
}
