// Prints the per-document scores of a real labelled set as a markdown table:
//   npx tsx tests/real/report.ts tests/real/dev2
import path from "node:path";
import { pooled, scoreSet, type DocScore } from "./real-set";

const pct = (a: number, b: number): string => (b === 0 ? "—" : `${(100 * a / b).toFixed(1)} %`);
const row = (name: string, d: Omit<DocScore, "file" | "problems">): string =>
  `| ${name} | ${d.gold} | ${d.tp + d.fp} | ${pct(d.tp, d.tp + d.fp)} | ${pct(d.tp, d.gold)} | ${pct(d.seen, d.gold)} | ${pct(d.year, d.tp)} | ${pct(d.kind, d.tp)} |`;

const dir = process.argv[2] ?? path.join(__dirname, "dev");
const docs = scoreSet(dir);
console.log("| document | gold | predicted | precision | recall | review recall | year | kind |\n|---|---|---|---|---|---|---|---|");
for (const d of docs) console.log(row(d.file.replace(/\.txt$/, ""), d));
const sum = (f: (d: DocScore) => number): number => docs.reduce((a, d) => a + f(d), 0);
console.log(row("pooled", { gold: sum((d) => d.gold), tp: sum((d) => d.tp), fp: sum((d) => d.fp), fn: sum((d) => d.fn), seen: sum((d) => d.seen), year: sum((d) => d.year), kind: sum((d) => d.kind) }));
const p = pooled(docs);
console.log(`\npooled: P ${(100 * p.precision).toFixed(1)} R ${(100 * p.recall).toFixed(1)} review ${(100 * p.reviewRecall).toFixed(1)} year ${(100 * p.year).toFixed(1)} kind ${(100 * p.kind).toFixed(1)}`);
if (process.argv.includes("--problems")) for (const d of docs) for (const x of d.problems) console.log(x);
