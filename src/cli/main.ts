// CLI: npm run extract -- [--format json|csv|table|xlsx] [--out FILE] [--actuals FILE.csv] [--lang zh-CN|en-US]
//      [--method time|growth] [--actuals-from BULLETIN.txt]... [--any-region] FILE...
// Errors are one line on stderr with a non-zero exit code, never a stack trace.
import { readFileSync } from "node:fs";
import { extract, type ExtractionResult, type Language, type StatusMethod } from "../core";
import { withoutNonFinite } from "./finite";
import { toCsv, toJson, toTable } from "./formats";
import { OutputError, writeOutput } from "./output";
import { InputError, docIdFor, docIdsFor, readInput } from "./read-input";

type Format = "json" | "csv" | "table" | "xlsx";
const FORMATS: Format[] = ["json", "csv", "table", "xlsx"];

const USAGE =
  "usage: npm run extract -- [--format json|csv|table|xlsx] [--out FILE] [--actuals FILE.csv] [--lang zh-CN|en-US] [--method time|growth] [--actuals-from BULLETIN.txt]... [--any-region] FILE...";

interface Args {
  format: Format;
  out: string | null;
  actuals: string | null;
  language: Language;
  method: StatusMethod;
  /** Statistical bulletins that fill base and latest values (--actuals-from, repeatable). */
  actualsFrom: string[];
  /** Let bulletins of another region fill the plan (a city's bulletin for a district's plan). */
  anyRegion: boolean;
  files: string[];
}

export function parseArgs(argv: string[]): Args {
  const args: Args = { format: "json", out: null, actuals: null, language: "zh-CN", method: "time", actualsFrom: [], anyRegion: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new InputError(`${a} needs a value`);
      return v;
    };
    if (a === "--format" || a === "-f") {
      const f = value();
      if (!FORMATS.includes(f as Format)) throw new InputError(`unknown format "${f}" (json, csv, table or xlsx)`);
      args.format = f as Format;
    } else if (a.startsWith("--format=")) {
      const f = a.slice(9);
      if (!FORMATS.includes(f as Format)) throw new InputError(`unknown format "${f}" (json, csv, table or xlsx)`);
      args.format = f as Format;
    } else if (a === "--out" || a === "-o") args.out = value();
    else if (a === "--actuals") args.actuals = value();
    else if (a === "--actuals-from") args.actualsFrom.push(value());
    else if (a === "--any-region") args.anyRegion = true;
    else if (a === "--lang") {
      const l = value();
      if (l !== "zh-CN" && l !== "en-US") throw new InputError(`unknown language "${l}" (zh-CN or en-US)`);
      args.language = l;
    } else if (a === "--method") {
      const m = value();
      if (m !== "time" && m !== "growth") throw new InputError(`unknown method "${m}" (time or growth)`);
      args.method = m;
    }
    else if (a === "--help" || a === "-h") throw new InputError(USAGE);
    else if (a.startsWith("--")) throw new InputError(`unknown option ${a}\n${USAGE}`);
    else args.files.push(a);
  }
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
    results.push(extract(input.text, { docId: input.docId }));
    texts.set(input.docId, input.text);
  });
  if (failed === args.files.length) return 2;
  let exitCode = failed > 0 ? 2 : 0;
  let actualsText: string | undefined;
  let bulletinTexts: ReadonlyMap<string, string> | undefined;
  if (args.actuals) {
    try {
      actualsText = readFileSync(args.actuals, "utf8");
    } catch {
      throw new InputError(`${args.actuals}: cannot read the actuals file`);
    }
  }
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
    });
    for (const w of summary.warnings) report("warning", w);
    process.stderr.write(`wrote ${args.out} (${summary.rows} rows, ${summary.sheets} sheets)\n`);
    return exitCode;
  }
  const body = args.format === "csv" ? toCsv(checked.results) : args.format === "table" ? toTable(checked.results) : toJson(checked.results);
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
