import { rowMeasure, ROW_MEASURES, type TargetRow } from "./src/core/measure";
const ex: [string, TargetRow, "time"|"growth"][] = [
 ["L1 time", { kind: "level", comparator: ">", base: 776, baseYear: 2022, latest: 850, latestYear: 2024, target: 970, targetYear: 2027 }, "time"],
 ["L1 growth", { kind: "level", comparator: ">", base: 776, baseYear: 2022, latest: 850, latestYear: 2024, target: 970, targetYear: 2027 }, "growth"],
 ["cap on way", { kind: "level", comparator: "<=", base: 11.8, baseYear: 2020, latest: 11.4, latestYear: 2023, target: 11.35, targetYear: 2025 }, "time"],
 ["cap above from below", { kind: "level", comparator: "<=", base: 11.0, baseYear: 2020, latest: 11.5, latestYear: 2023, target: 11.35, targetYear: 2025 }, "time"],
 ["range overshoot", { kind: "level", comparator: "range", base: 20, baseYear: 2020, latest: 65, latestYear: 2023, target: 30, targetMax: 50, targetYear: 2025 }, "time"],
 ["range inside", { kind: "level", comparator: "range", base: 20, baseYear: 2020, latest: 40, latestYear: 2023, target: 30, targetMax: 50, targetYear: 2025 }, "time"],
 ["range above", { kind: "level", comparator: "range", base: 70, baseYear: 2020, latest: 60, latestYear: 2022, target: 30, targetMax: 50, targetYear: 2025 }, "time"],
 ["share", { kind: "share", comparator: ">=", base: 60.5, baseYear: 2020, latest: 62, latestYear: 2023, target: 65, targetYear: 2025 }, "time"],
 ["share g", { kind: "share", comparator: ">=", base: 60.5, baseYear: 2020, latest: 62, latestYear: 2023, target: 65, targetYear: 2025 }, "growth"],
 ["rate", { kind: "growth", comparator: ">=", base: 100, baseYear: 2022, latest: 118.81, latestYear: 2024, target: 10, targetYear: 2027 }, "time"],
 ["energy", { kind: "change", comparator: "<=", base: 100, baseYear: 2020, latest: 90, latestYear: 2025, target: -18, targetYear: 2030 }, "time"],
 ["co2", { kind: "change", comparator: "<=", base: 100, baseYear: 2020, latest: 97, latestYear: 2025, target: -20, targetYear: 2030 }, "time"],
 ["energy g", { kind: "change", comparator: "<=", base: 100, baseYear: 2020, latest: 90, latestYear: 2025, target: -18, targetYear: 2030 }, "growth"],
 ["co2 g", { kind: "change", comparator: "<=", base: 100, baseYear: 2020, latest: 97, latestYear: 2025, target: -20, targetYear: 2030 }, "growth"],
 ["inc0", { kind: "increment", comparator: ">=", base: 0, baseYear: 2020, latest: 2, latestYear: 2023, target: 5, targetYear: 2025 }, "time"],
 ["incstock", { kind: "increment", comparator: ">=", base: 1000, baseYear: 2020, latest: 1320, latestYear: 2023, target: 500, targetYear: 2025 }, "time"],
 ["annual short", { kind: "annual", comparator: ">=", base: null, baseYear: null, latest: 4800, latestYear: 2024, target: 5000, targetYear: 2025 }, "time"],
 ["annual met", { kind: "annual", comparator: ">=", base: null, baseYear: null, latest: 5200, latestYear: 2024, target: 5000, targetYear: 2025 }, "time"],
];
for (const [n, r, method] of ex) {
  const out: string[] = [];
  for (const k of ROW_MEASURES) { try { const v = rowMeasure(k, r, { method, tolerance: 0.05 }); out.push(`${k}=${typeof v === "number" ? +v.toPrecision(6) : v}`); } catch (e) { out.push(`${k}=ERR ${(e as Error).message}`); } }
  console.log(n, "|", out.join("; "));
}
