// npm run demo: extract all five seeds and the real 平潭 十四五 outline, fill the outline's base and latest values
// from its real statistical bulletins (2020 the base year, 2022 the latest, 2021 for average growth rates since 2020), print a per-document summary, write out/targets.json, out/targets.csv,
// out/targets.xlsx (the workbook through the xlsx renderer) and out/pingtan-matches.txt (the match report).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extract, type ExtractionResult, type TargetKind } from "../core";
import { measureOf } from "../core/measure";
import { fillFromBulletinFiles } from "./actuals-from";
import { toCsv, toJson } from "./formats";
import { readInput } from "./read-input";
import { ROOT as root, seedResults } from "./seeds";
import type { WorkbookOptions } from "./xlsx";

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

/** The real-data document: a real plan whose base and latest values come from the region's real bulletins. */
export const REAL_DATA = {
  plan: path.join(root, "examples", "pingtan", "26_pingtan_fyp-outline_2021.txt"),
  // the base year's, the latest, and the year between: a growth target's latest value averages the rates since 2020
  bulletins: ["bulletin-2020.txt", "bulletin-2021.txt", "bulletin-2022.txt"].map((f) => path.join(root, "examples", "pingtan", f)),
};

export function realDataResult(): { result: ExtractionResult; text: string; report: string; bulletinTexts: ReadonlyMap<string, string> } {
  const plan = readInput(REAL_DATA.plan);
  const filled = fillFromBulletinFiles([extract(plan.text, { docId: plan.docId })], REAL_DATA.bulletins);
  return { result: filled.results[0]!, text: plan.text, report: filled.report, bulletinTexts: filled.texts };
}

/** Everything the demo workbook is written from: the seeds and the real-data document, and the writer's options. */
export function demoWorkbookInputs(): { results: ExtractionResult[]; options: WorkbookOptions; report: string } {
  const { results, texts } = seedResults();
  const real = realDataResult();
  results.push(real.result);
  texts.set(real.result.document.id, real.text);
  return {
    results,
    report: real.report,
    // Illustrative actuals (not official statistics) on the seed sheets, so the demo shows every status colour;
    // the 平潭 sheet has only the real values of its bulletins.
    options: {
      actualsPath: path.join(root, "examples", "actuals-illustrative.csv"),
      note:
        "Seed sheets: illustrative actuals, not official statistics; 平潭 sheet: real values from the 2020–2022 statistical bulletins / " +
        "示例各表的实际值为示例数据，非官方统计；平潭表的基期值、最新值取自2020—2022年统计公报",
      sourceTexts: texts,
      bulletinTexts: real.bulletinTexts,
    },
  };
}

async function main(): Promise<void> {
  const { results, options, report } = demoWorkbookInputs();
  const real = results[results.length - 1]!;
  for (const r of results) console.log(summary(r));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, "targets.json"), toJson(results));
  writeFileSync(path.join(outDir, "targets.csv"), toCsv(results));
  writeFileSync(path.join(outDir, "pingtan-matches.txt"), report);
  const total = results.reduce((n, r) => n + r.targets.length, 0);
  const withBoth = real.targets.filter((t) => t.baseValue != null && t.latestValue != null).length;
  console.log(`\nwrote out/targets.json and out/targets.csv (${total} targets)`);
  const rates = real.targets.filter((t) => measureOf(t) === "growth" && t.latestValue != null).length;
  console.log(`wrote out/pingtan-matches.txt (${withBoth} 平潭 targets with real base and latest values, ${rates} growth targets with real rates, from the 2020–2022 bulletins)`);
  try {
    const { writeWorkbook } = await import("./xlsx");
    const res = await writeWorkbook(results, path.join(outDir, "targets.xlsx"), options);
    for (const w of res.warnings) console.log(`warning: ${w}`);
    console.log(`wrote out/targets.xlsx (${res.rows} rows, ${res.sheets} sheets; illustrative actuals from examples/ on the seed sheets)`);
  } catch (e) {
    console.log(`out/targets.xlsx not written: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`);
  }
}

const isMain = process.argv[1] !== undefined && /demo\.[tj]s$/.test(process.argv[1]);
if (isMain) main().catch((e: unknown) => {
  process.stderr.write(`error: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}\n`);
  process.exitCode = 1;
});
