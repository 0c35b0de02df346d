// Extraction speed on the five seeds concatenated 20 times: the engine alone (MB/s, one core, warm), the whole CLI
// process (`npm run extract -- --format json`, start-up subtracted: the time for an empty file), and the time of
// 10× input over 1× input (linear time means about 10). Goals: whole process ≥ 10 MB/s, ratio ≤ 11.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../src/core";

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

/** Wall time of one CLI process on `file` (what `npm run extract -- --format json FILE` runs, without npm). */
function cli(file: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "src/cli/main.ts"), "--format", "json", file], {
    cwd: root, stdio: ["ignore", "ignore", "inherit"],
  });
  if (r.status !== 0) throw new Error(`extract exited with ${r.status}`);
  return performance.now() - t0;
}

export default async function bench(): Promise<void> {
  const seeds = readdirSync(seedsDir).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort().map((f) => readFileSync(path.join(seedsDir, f), "utf8"));
  const once = seeds.join("\n");
  const big = Array(20).fill(once).join("\n");
  const bytes = Buffer.byteLength(big, "utf8");

  const dir = mkdtempSync(path.join(tmpdir(), "plan-targets-bench-"));
  const bigFile = path.join(dir, "seeds-x20.txt");
  const emptyFile = path.join(dir, "empty.txt");
  writeFileSync(bigFile, big);
  writeFileSync(emptyFile, "");
  const start = best(() => cli(emptyFile), 3);
  const whole = best(() => cli(bigFile), 3);
  const processMbps = bytes / 1e6 / ((whole - start) / 1000);
  console.log(`whole process: ${processMbps.toFixed(1)} MB/s (${(bytes / 1e6).toFixed(2)} MB, five seeds ×20: ${whole.toFixed(0)} ms, start-up ${start.toFixed(0)} ms)  goal ≥ 10`);

  extract(big); // warm up
  const ms = best(() => extract(big), 3);
  const targets = extract(big).targets.length;
  console.log(`engine alone, warm: ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s (${ms.toFixed(0)} ms, ${targets} targets)`);

  const ten = Array(10).fill(once).join("\n");
  const t1 = best(() => extract(once), 7);
  const t10 = best(() => extract(ten), 3);
  console.log(`scaling: 10× input takes ${(t10 / t1).toFixed(2)}× the time of 1× (${t1.toFixed(1)} ms → ${t10.toFixed(1)} ms)  goal ≤ 11`);
}
