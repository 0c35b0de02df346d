// Extraction throughput over the five seeds concatenated 20 times (MB/s, one core), and the time ratio of
// 10× input to 1× input (linear time means about 10). Goals: ≥ 10 MB/s, ratio ≤ 11.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../src/core";

const seedsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "seeds");

function best(fn: () => void, runs: number): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

export default async function bench(): Promise<void> {
  const seeds = readdirSync(seedsDir).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort().map((f) => readFileSync(path.join(seedsDir, f), "utf8"));
  const once = seeds.join("\n");
  const big = Array(20).fill(once).join("\n");
  const bytes = Buffer.byteLength(big, "utf8");
  extract(big); // warm up
  const ms = best(() => extract(big), 3);
  const mbps = bytes / 1e6 / (ms / 1000);
  const targets = extract(big).targets.length;
  console.log(`throughput: ${mbps.toFixed(1)} MB/s (${(bytes / 1e6).toFixed(2)} MB, five seeds ×20, ${ms.toFixed(0)} ms, ${targets} targets)  goal ≥ 10`);

  const ten = Array(10).fill(once).join("\n");
  const t1 = best(() => extract(once), 7);
  const t10 = best(() => extract(ten), 3);
  console.log(`scaling: 10× input takes ${(t10 / t1).toFixed(2)}× the time of 1× (${t1.toFixed(1)} ms → ${t10.toFixed(1)} ms)  goal ≤ 11`);
}
