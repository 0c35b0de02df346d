// Scores the engine on a folder of real labelled documents (NAME.txt + NAME.jsonl + SOURCES.md), per document and
// pooled, with the labelling scorer's matching rules. A document whose text never states its year runs with the year
// its labeller gives (SOURCES.md, column "year in text"), as a user would set it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extract } from "../../src/core";
import { score, type Gold } from "../extract/gold-scoring";
import { ticked } from "../extract/targets-of";

export interface DocScore {
  file: string;
  gold: number;
  tp: number;
  fp: number;
  fn: number;
  /** Matched when the low-confidence targets are shown too. */
  seen: number;
  /** Right year / kind, out of tp. */
  year: number;
  kind: number;
  problems: string[];
}

/** Document year of each file whose text does not state it (from SOURCES.md). */
export function givenYears(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(path.join(dir, "SOURCES.md"), "utf8").split("\n")) {
    // (rows with or without a leading "|": the file's cell, then source, extent, document year, year stated)
    const cells = line.split("|").map((c) => c.trim());
    const at = cells.findIndex((c) => c.endsWith(".txt"));
    // (a page whose year no user could give, "unknown", runs with none)
    const year = Number.parseInt(cells[at + 3], 10);
    if (at >= 0 && at <= 1 && cells.length > at + 5 && /^no\b/.test(cells[at + 4]) && Number.isFinite(year)) out.set(cells[at], year);
  }
  return out;
}

export function scoreSet(dir: string): DocScore[] {
  const years = givenYears(dir);
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((file) => {
    const text = readFileSync(path.join(dir, file), "utf8");
    const gold = readFileSync(path.join(dir, file.replace(/\.txt$/, ".jsonl")), "utf8").split("\n").filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Gold).filter((g) => g.kind !== "baseline");
    const all = extract(text, { docId: file.replace(/\.txt$/, ""), docYear: years.get(file) }).targets;
    const s = score(text, gold, ticked(all));
    const review = score(text, gold, all);
    return {
      file, gold: s.tp + s.fn, tp: s.tp, fp: s.fp, fn: s.fn, seen: review.tp,
      year: Math.round(s.year * s.tp), kind: Math.round(s.kind * s.tp),
      problems: [...s.misses.map((m) => `${file} missed ${m}`), ...s.falsePositives.map((p) => `${file} false positive ${p}`), ...s.mismatches.map((m) => `${file} ${m}`)],
    };
  });
}

export interface Pooled {
  precision: number;
  recall: number;
  reviewRecall: number;
  year: number;
  kind: number;
}

export function pooled(docs: DocScore[]): Pooled {
  const sum = (f: (d: DocScore) => number): number => docs.reduce((a, d) => a + f(d), 0);
  const tp = sum((d) => d.tp);
  const r = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    precision: r(tp, tp + sum((d) => d.fp)), recall: r(tp, tp + sum((d) => d.fn)), reviewRecall: r(sum((d) => d.seen), tp + sum((d) => d.fn)),
    year: r(sum((d) => d.year), tp), kind: r(sum((d) => d.kind), tp),
  };
}
