// --actuals-from BULLETIN.txt (repeatable): reads statistical bulletins, fills the targets' base values from the
// bulletin of their base year and their latest values from the latest bulletin, and writes a match report
// (stderr in the CLI): what was filled from which sentence, what was ambiguous, unmatched or in conflict.
import path from "node:path";
import { fillFromBulletins, readBulletin, type Bulletin, type ExtractionResult, type TargetFill, type TargetMatch } from "../core";
import { parseActualsCsv } from "./actuals";
import { InputError, readInput } from "./read-input";

export interface ActualsFromOptions {
  /** Let a bulletin of another region fill the targets (--any-region). */
  anyRegion?: boolean;
  /** The --actuals CSV text: its values are kept and compared with the bulletins'. */
  actualsCsv?: string;
}

export interface ActualsFromResult {
  results: ExtractionResult[];
  report: string;
  /** Bulletins that could not be read or dated (each reported); the rest were used. */
  failed: number;
  /** The bulletins' texts by file name (SourceRef.file), to quote the sentences values came from. */
  texts: ReadonlyMap<string, string>;
}

const num = (v: number): string => String(Number(v.toPrecision(12)));

function quote(original: string | undefined, m: TargetMatch): string {
  const o = m.observation!;
  const text = original ? original.slice(o.sentenceStart, o.sentenceEnd).replace(/\s+/g, " ").trim() : o.text;
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}

function describeTarget(f: TargetFill): string {
  const t = f.target;
  const value = t.valueMax === null ? num(t.value) : `${num(t.value)}–${num(t.valueMax)}`;
  return `${t.indicator} (${t.kind}, ${t.comparator} ${value}${t.unit ? " " + t.unit : ""}${t.year ? `, ${t.year}` : ""}) [${t.id}]`;
}

/** The report lines of one target. */
function targetLines(f: TargetFill, texts: ReadonlyMap<string, string>): string[] {
  const lines: string[] = [];
  const unit = f.target.unit ? ` ${f.target.unit}` : "";
  const one = (label: string, matches: TargetMatch[], filled: boolean): void => {
    for (const m of matches) {
      const where = `${label} ${m.bulletin.year} (${m.bulletin.file})`;
      if (m.status === "matched") {
        const mark = filled ? "filled" : "found";
        lines.push(`    ${where}: ${mark} ${num(m.value!)}${unit} ← ${m.observation!.indicator} «${quote(texts.get(m.bulletin.file), m)}» [score ${m.score.toFixed(2)}: ${m.reason}]`);
      } else if (m.status === "ambiguous") {
        const cands = m.candidates.map((c) => `${c.observation.indicator} ${num(c.observation.value)}${c.observation.unit}`).join(" | ");
        lines.push(`    ${where}: ambiguous, not filled — ${m.reason}: ${cands}`);
      } else if (m.status === "unmatched") {
        const near = m.candidates[0];
        lines.push(`    ${where}: unmatched — ${m.reason}${near ? `; closest: ${near.observation.indicator} ${num(near.observation.value)}${near.observation.unit} (${near.reason})` : ""}`);
      } else lines.push(`    ${where}: skipped — ${m.reason}`);
    }
  };
  if (f.baseYear !== null && f.baseYearFrom !== "the plan") lines.push(`    base year ${f.baseYear}: ${f.baseYearFrom}`);
  one("base", f.base, f.filled.base);
  one("rate", f.between, false);
  // an average of several years' rates is filled, not the latest year's own rate (the note gives the average)
  one("latest", f.latest, f.filled.latest && f.average === null);
  for (const n of f.notes) lines.push(`    note: ${n}`);
  for (const c of f.conflicts) lines.push(`    CONFLICT: ${c}`);
  return lines;
}

/** Fills the targets of every document from the bulletins; the report is plain text for stderr. */
export function fillFromBulletinFiles(
  results: ExtractionResult[],
  files: readonly string[],
  options: ActualsFromOptions = {},
): ActualsFromResult {
  const out: string[] = [];
  const bulletins: Bulletin[] = [];
  const texts = new Map<string, string>();
  let failed = 0;
  for (const file of files) {
    let b: Bulletin;
    try {
      const input = readInput(file);
      b = readBulletin(input.text, { file: path.basename(file) });
      texts.set(b.file, input.text);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      out.push(`error: ${e.message.split("\n")[0]}`);
      failed++;
      continue;
    }
    if (b.year === null) {
      out.push(`error: ${file}: the bulletin's year is not in its title or opening text; not used`);
      failed++;
      continue;
    }
    out.push(`bulletin ${b.file}: ${b.title ?? "(no title)"} — year ${b.year} (${b.yearSource}), region ${b.region ?? "unknown"}, ${b.observations.length} observations`);
    bulletins.push(b);
  }
  const given = options.actualsCsv === undefined ? undefined : parseActualsCsv(options.actualsCsv).byId;
  const filled = results.map((r) => {
    const { targets, report } = fillFromBulletins(r.document, r.targets, bulletins, { anyRegion: options.anyRegion ?? false, ...(given ? { given } : {}) });
    const counts = { base: 0, latest: 0, ambiguous: 0, unmatched: 0, conflicts: 0 };
    const body: string[] = [];
    for (const f of report) {
      counts.base += f.filled.base ? 1 : 0;
      counts.latest += f.filled.latest ? 1 : 0;
      const all = [...f.base, ...f.latest];
      if (all.some((m) => m.status === "ambiguous")) counts.ambiguous++;
      if (all.length > 0 && all.every((m) => m.status === "unmatched" || m.status === "skipped")) counts.unmatched++;
      counts.conflicts += f.conflicts.length;
      const lines = targetLines(f, texts);
      if (lines.length > 0) body.push(`  ${describeTarget(f)}`, ...lines);
    }
    out.push(`plan ${r.document.id}${r.document.title ? ` (${r.document.title})` : ""}, region ${r.document.region ?? "unknown"}:`);
    out.push(...body);
    out.push(
      `  ${r.targets.length} targets: base filled ${counts.base}, latest filled ${counts.latest}, ambiguous ${counts.ambiguous}, ` +
        `no match ${counts.unmatched}, conflicts ${counts.conflicts}`,
    );
    return { ...r, targets };
  });
  return { results: filled, report: out.join("\n") + "\n", failed, texts };
}
