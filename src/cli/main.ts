// CLI: npm run extract -- [--format json|csv|table|xlsx|mentions] [--out FILE] [--actuals FILE.csv]
//      [--lang zh-CN|en-US] [--method time|growth] [--status-words standard|review|eurostat]
//      [--doc-year YYYY] [--min-confidence low|high]
//      [--actuals-from BULLETIN.txt]... [--any-region] FILE...
// Errors are one line on stderr with a non-zero exit code, never a stack trace.
import { readFileSync } from "node:fs";
import { parseArgs as parseOptions } from "node:util";
// The engine's extraction entry and model, not ../core: a run that only extracts never loads the unit
// machinery (mathjs takes about a second to load in Node, where nothing is tree-shaken).
import { extract } from "../core/extract";
import type { ExtractionResult, Language, StatusMethod } from "../core/model";
import type { StatusVocabulary } from "../core/measure";
import { withoutNonFinite } from "./finite";
import { byConfidence, toCsv, toJson, toMentions, toTable } from "./formats";
import { OutputError, writeOutput } from "./output";
import { InputError, docIdFor, docIdsFor, readInput } from "./read-input";

type Format = "json" | "csv" | "table" | "xlsx" | "mentions";
const FORMATS: Format[] = ["json", "csv", "table", "xlsx", "mentions"];

const USAGE =
  "usage: npm run extract -- [--format json|csv|table|xlsx|mentions] [--out FILE] [--actuals FILE.csv] [--lang zh-CN|en-US] " +
  "[--method time|growth] [--status-words standard|review|eurostat] [--doc-year YYYY] [--min-confidence low|high] [--actuals-from BULLETIN.txt]... [--any-region] FILE...";

interface Args {
  format: Format;
  out: string | null;
  actuals: string | null;
  language: Language;
  method: StatusMethod;
  /** The words the workbook's statuses are shown in (the codes inside are the same). */
  vocabulary: StatusVocabulary;
  /** The year the documents speak in (今年), when the user sets it. */
  docYear: number | null;
  /** "high" leaves the low-confidence targets out of json, csv, table and xlsx. */
  minConfidence: "low" | "high";
  /** Statistical bulletins that fill base and latest values (--actuals-from, repeatable). */
  actualsFrom: string[];
  /** Let bulletins of another region fill the plan (a city's bulletin for a district's plan). */
  anyRegion: boolean;
  files: string[];
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], what: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw new InputError(`unknown ${what} "${value}" (${allowed.join(", ")})`);
  return value as T;
}

export function parseArgs(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseOptions({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" }, out: { type: "string", short: "o" }, actuals: { type: "string" },
        lang: { type: "string" }, method: { type: "string" }, "status-words": { type: "string" }, "doc-year": { type: "string" },
        "min-confidence": { type: "string" }, "actuals-from": { type: "string", multiple: true },
        "any-region": { type: "boolean" }, help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    // node's messages are one line and name the option (Unknown option '--x', Option '--out <value>' argument missing)
    throw new InputError(`${(e as Error).message.split("\n")[0].replace(/\. To specify .*$/, "")}\n${USAGE}`);
  }
  const v = parsed.values;
  if (v.help) throw new InputError(USAGE);
  let docYear: number | null = null;
  if (v["doc-year"] !== undefined) {
    docYear = Number(v["doc-year"]);
    if (!/^\d{4}$/.test(v["doc-year"]) || docYear < 1949 || docYear > 2100) throw new InputError(`--doc-year needs a year such as 2026, not "${v["doc-year"]}"`);
  }
  const args: Args = {
    format: oneOf(v.format, FORMATS, "format", "json"),
    out: v.out ?? null,
    actuals: v.actuals ?? null,
    language: oneOf(v.lang, ["zh-CN", "en-US"] as const, "language", "zh-CN"),
    method: oneOf(v.method, ["time", "growth"] as const, "method", "time"),
    vocabulary: oneOf(v["status-words"], ["standard", "review", "eurostat"] as const, "status words", "standard"),
    docYear,
    minConfidence: oneOf(v["min-confidence"], ["low", "high"] as const, "confidence", "low"),
    actualsFrom: v["actuals-from"] ?? [],
    anyRegion: v["any-region"] ?? false,
    files: parsed.positionals,
  };
  if (args.files.length === 0) throw new InputError(USAGE);
  if (args.format === "xlsx" && !args.out) throw new InputError("--format xlsx needs --out FILE.xlsx");
  if (args.actuals && args.format !== "xlsx") {
    throw new InputError(`--actuals fills the base and latest columns of --format xlsx; ${args.format} has no such columns`);
  }
  return args;
}

const report = (kind: "error" | "warning" | "note", message: string): void => {
  process.stderr.write(`${kind}: ${message.split("\n")[0]}\n`);
};

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const results: ExtractionResult[] = [];
  const texts = new Map<string, string>();
  // A bad file is reported and skipped so the other documents still come out; the exit code says so.
  let failed = 0;
  const ids = docIdsFor(args.files);
  args.files.forEach((file, i) => {
    let input;
    try {
      input = readInput(file, ids[i]);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      report("error", e.message);
      failed++;
      return;
    }
    if (input.docId !== docIdFor(file)) report("note", `${file} has the name of an earlier input; its document id is ${input.docId}`);
    const result = extract(input.text, { docId: input.docId, docYear: args.docYear, mentions: args.format === "mentions" });
    results.push(byConfidence(result, args.minConfidence));
    texts.set(input.docId, input.text);
  });
  if (failed === args.files.length) return 2;
  let exitCode = failed > 0 ? 2 : 0;
  let actualsText: string | undefined;
  if (args.actuals) {
    try {
      actualsText = readFileSync(args.actuals, "utf8");
    } catch {
      throw new InputError(`${args.actuals}: cannot read the actuals file`);
    }
  }
  let bulletinTexts: ReadonlyMap<string, string> | undefined;
  if (args.actualsFrom.length > 0) {
    const { fillFromBulletinFiles } = await import("./actuals-from");
    const filled = fillFromBulletinFiles(results, args.actualsFrom, { anyRegion: args.anyRegion, ...(actualsText !== undefined ? { actualsCsv: actualsText } : {}) });
    process.stderr.write(filled.report);
    results.splice(0, results.length, ...filled.results);
    bulletinTexts = filled.texts;
    if (filled.failed > 0) exitCode = 2;
  }
  const checked = withoutNonFinite(results);
  for (const p of checked.problems) report("error", p);
  if (checked.problems.length > 0) exitCode = 2;
  if (args.format === "xlsx") {
    const { writeWorkbook } = await import("./xlsx");
    const summary = await writeWorkbook(checked.results, args.out!, {
      actualsText,
      sourceTexts: texts,
      bulletinTexts,
      language: args.language,
      method: args.method,
      vocabulary: args.vocabulary,
    });
    for (const w of summary.warnings) report("warning", w);
    process.stderr.write(`wrote ${args.out} (${summary.rows} rows, ${summary.sheets} sheets)\n`);
    return exitCode;
  }
  const body = args.format === "csv" ? toCsv(checked.results) : args.format === "table" ? toTable(checked.results) :
    args.format === "mentions" ? toMentions(checked.results) : toJson(checked.results);
  if (args.out) writeOutput(args.out, body);
  else process.stdout.write(body);
  return exitCode;
}

const isMain = process.argv[1] !== undefined && /main\.[tj]s$/.test(process.argv[1]);
if (isMain) {
  // a closed pipe (… | head) ends the output quietly
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
  });
  run(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => {
      const msg = e instanceof Error ? e.message : String(e);
      report("error", msg);
      process.exitCode = e instanceof InputError || e instanceof OutputError ? 2 : 1;
    },
  );
}
