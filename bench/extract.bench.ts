// Extraction speed on the five seeds concatenated 20 times: the engine alone (MB/s, one core, warm), the whole CLI
// process (`npm run extract -- --format json`), and the time of 10× input over 1× input (linear time means about
// 10). Goals: whole process ≥ 10 MB/s, ratio ≤ 11.
// The whole process is what package.json's extract script runs (node with its flags, scripts/extract.mjs: the CLI from
// a bundle esbuild keeps in .cache/cli/), measured two ways, each the best of three runs:
//   - start-up subtracted: time on seeds ×20 minus the time for an empty file (the figure this bench always gave);
//   - slope: (seeds ×20 − seeds ×2) bytes over the difference of their times. An empty file subtracts only the
//     loading of the program; a process also pays a fixed cost once it reads text (V8 compiling the engine's hot
//     functions to optimised code, some hundreds of ms of CPU, spread over the first megabytes on a busy machine).
//     The slope leaves out the part of it paid within the ×2 run; the first figure counts all of it.
// Wall time is what a user waits for; on a shared machine it also counts other processes, so the CPU time of the
// child processes (Linux /proc, when present) is printed beside it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../src/core";
import { adversarialLines } from "../tests/extract/adversarial-lines";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const seedsDir = path.join(root, "seeds");

function best(fn: () => void, runs: number): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

/** CPU time (user + system, ms) of the children this process has waited for, or null off Linux. */
function childrenCpu(): number | null {
  try {
    // fields after the command name: cutime and cstime are the 14th and 15th, in clock ticks (USER_HZ, 100 on Linux)
    const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /, "").split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

interface Run { wall: number; cpu: number | null }

/** The node arguments of `npm run extract` (package.json's script, "node FLAGS… scripts/extract.mjs"). */
function extractArgs(): string[] {
  const script: string = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts.extract;
  const words = script.trim().split(/\s+/);
  if (words[0] !== "node") throw new Error(`the extract script does not start with node: ${script}`);
  return words.slice(1);
}

/** One CLI process on `file` (what `npm run extract -- --format json FILE` runs, without npm): wall and CPU ms. */
function cli(file: string): Run {
  const c0 = childrenCpu();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...extractArgs(), "--format", "json", file], {
    cwd: root, stdio: ["ignore", "ignore", "inherit"],
  });
  if (r.status !== 0) throw new Error(`extract exited with ${r.status}`);
  const wall = performance.now() - t0;
  const c1 = childrenCpu();
  return { wall, cpu: c0 === null || c1 === null ? null : c1 - c0 };
}

/** Best of `runs` CLI processes on `file`, wall and CPU each taken at its own minimum. */
function bestCli(file: string, runs: number): Run {
  const all = Array.from({ length: runs }, () => cli(file));
  const cpus = all.map((r) => r.cpu);
  return { wall: Math.min(...all.map((r) => r.wall)), cpu: cpus.includes(null) ? null : Math.min(...(cpus as number[])) };
}

const mbps = (bytes: number, ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(1);

export default async function bench(): Promise<void> {
  const seeds = readdirSync(seedsDir).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort().map((f) => readFileSync(path.join(seedsDir, f), "utf8"));
  const once = seeds.join("\n");
  const big = Array(20).fill(once).join("\n");
  const bytes = Buffer.byteLength(big, "utf8");

  const dir = mkdtempSync(path.join(tmpdir(), "plan-targets-bench-"));
  const bigFile = path.join(dir, "seeds-x20.txt");
  const smallFile = path.join(dir, "seeds-x2.txt");
  const emptyFile = path.join(dir, "empty.txt");
  const small = Array(2).fill(once).join("\n");
  const smallBytes = Buffer.byteLength(small, "utf8");
  writeFileSync(bigFile, big);
  writeFileSync(smallFile, small);
  writeFileSync(emptyFile, "");
  let start: Run, whole: Run, part: Run;
  try {
    cli(emptyFile); // unmeasured: the first run after a change of the sources builds the CLI's bundle (scripts/extract.mjs)
    start = bestCli(emptyFile, 3);
    whole = bestCli(bigFile, 3);
    part = bestCli(smallFile, 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const cpuOf = (a: Run, b: Run, bytesA: number, bytesB: number): string =>
    a.cpu === null || b.cpu === null ? "" : `; CPU ${mbps(bytesA - bytesB, a.cpu - b.cpu)} MB/s`;
  console.log(`whole process, start-up subtracted: ${mbps(bytes, whole.wall - start.wall)} MB/s${cpuOf(whole, start, bytes, 0)} ` +
    `(${(bytes / 1e6).toFixed(2)} MB, five seeds ×20: ${whole.wall.toFixed(0)} ms, start-up ${start.wall.toFixed(0)} ms)  goal ≥ 10`);
  console.log(`whole process, slope ×2 → ×20: ${mbps(bytes - smallBytes, whole.wall - part.wall)} MB/s${cpuOf(whole, part, bytes, smallBytes)} ` +
    `(×2 ${part.wall.toFixed(0)} ms, ×20 ${whole.wall.toFixed(0)} ms)`);

  extract(big); // warm up
  const ms = best(() => extract(big), 3);
  const targets = extract(big).targets.length;
  console.log(`engine alone, warm: ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s (${ms.toFixed(0)} ms, ${targets} targets)`);

  const ten = Array(10).fill(once).join("\n");
  const t1 = best(() => extract(once), 7);
  const t10 = best(() => extract(ten), 3);
  console.log(`scaling: 10× input takes ${(t10 / t1).toFixed(2)}× the time of 1× (${t1.toFixed(1)} ms → ${t10.toFixed(1)} ms)  goal ≤ 11`);

  // the slowest of the 1 MB lines built to trip a regex or a scan (tests/extract/property.test.ts bounds them loosely)
  const worst = adversarialLines()
    .map((line) => ({ line, ms: best(() => extract(line), 2) }))
    .reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(`adversarial 1 MB lines: the slowest, ${JSON.stringify(worst.line.slice(0, 8))}…, takes ${worst.ms.toFixed(0)} ms  goal < 1000`);
}
