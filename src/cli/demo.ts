// npm run demo: extract all five seeds, print a per-document summary, write out/targets.json,
// out/targets.csv and out/targets.xlsx (the workbook through the xlsx renderer).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ExtractionResult, TargetKind } from "../core";
import { toCsv, toJson } from "./formats";
import { ROOT as root, seedResults } from "./seeds";

const outDir = path.join(root, "out");

function summary(r: ExtractionResult): string {
  const d = r.document;
  const byKind = new Map<TargetKind, number>();
  for (const t of r.targets) byKind.set(t.kind, (byKind.get(t.kind) ?? 0) + 1);
  const kinds = (["level", "growth", "share", "increment"] as TargetKind[]).map((k) => `${k} ${byKind.get(k) ?? 0}`).join(", ");
  return [
    `[${d.id}] ${d.title ?? "(no title)"}`,
    `      region ${d.region ?? "?"} · horizon ${d.horizon ?? "?"} · issued ${d.issueDate ?? "?"} · ${r.targets.length} targets (${kinds})`,
  ].join("\n");
}

async function main(): Promise<void> {
  const { results, texts } = seedResults();
  for (const r of results) console.log(summary(r));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, "targets.json"), toJson(results));
  writeFileSync(path.join(outDir, "targets.csv"), toCsv(results));
  const total = results.reduce((n, r) => n + r.targets.length, 0);
  console.log(`\nwrote out/targets.json and out/targets.csv (${total} targets)`);
  try {
    const { writeWorkbook } = await import("./xlsx");
    // Illustrative actuals (not official statistics) so the demo workbook shows every status colour.
    const res = await writeWorkbook(results, path.join(outDir, "targets.xlsx"), {
      actualsPath: path.join(root, "examples", "actuals-illustrative.csv"),
      note: "Actuals are illustrative, not official statistics / 实际值为示例数据，非官方统计",
      sourceTexts: texts,
    });
    for (const w of res.warnings) console.log(`warning: ${w}`);
    console.log(`wrote out/targets.xlsx (${res.rows} rows, ${res.sheets} sheets; illustrative actuals from examples/)`);
  } catch (e) {
    console.log(`out/targets.xlsx not written: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`error: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}\n`);
  process.exitCode = 1;
});
