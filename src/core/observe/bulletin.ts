// A statistical bulletin (国民经济和社会发展统计公报) → its year, region and observations, from prose and tables.
// Pure: runs in Node, the browser and the task pane's worker.
import { paragraphs } from "./flow";
import { readLines } from "./lines";
import { readBulletinMeta } from "./meta";
import { proseObservations } from "./prose";
import { tableObservations } from "./tables";
import type { Bulletin } from "./types";

export interface BulletinOptions {
  /** Label of the bulletin in reports and source references (a file name). */
  file?: string;
  /** The year the bulletin reports on, when the text does not say it (or says it wrongly). */
  year?: number;
  /** The region it covers, when the text does not say it. */
  region?: string;
}

export function readBulletin(original: string, options: BulletinOptions = {}): Bulletin {
  const meta = readBulletinMeta(original);
  const year = options.year ?? meta.year;
  const region = options.region ?? meta.region;
  const base: Bulletin = {
    file: options.file ?? "",
    title: meta.title,
    year,
    yearSource: options.year !== undefined ? "user" : meta.yearSource,
    region,
    observations: [],
  };
  // without its year a bulletin's 全年 values cannot be dated: no observations rather than guessed ones
  if (year === null) return base;
  const lines = readLines(original);
  const ctx = { year, region, original };
  const observations = [
    ...paragraphs(lines).flatMap((p) => proseObservations(p, ctx)),
    ...tableObservations(lines, ctx),
  ].sort((a, b) => a.start - b.start);
  return { ...base, observations };
}
