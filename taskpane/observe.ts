// The worker's side of statistical bulletins: reads each bulletin (file or text) with the observe module and
// proposes its values for the document's targets as the CLI's --actuals-from decides (the base-year bulletin
// fills 基期, the latest one up to the target year fills 最新). Targets without a proposal are listed with why,
// never guessed. Pure core, no Node APIs.
import { measureOf } from "../src/core/measure";
import type { PlanDocument, Target } from "../src/core/model";
import { fillFromBulletins, normaliseName, readBulletin, sameRegion, type Bulletin, type TargetFill, type TargetMatch } from "../src/core/observe";
import type { ValueUse } from "../src/core/sheet";
import type { AveragedRate, Finding, FindingKind, NameReason, Review } from "./bulletin-review";
import type { Span } from "./review-model";
import { readDocument } from "./document-reader";
import { DocumentReadError } from "./extract-errors";
import type { BulletinRead, ObserveRequest, ObserveResult } from "./observe-protocol";

const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const spanOf = (o: { start: number; end: number; sentenceStart: number; sentenceEnd: number }): Span => ({
  start: o.start, end: o.end, sentenceStart: o.sentenceStart, sentenceEnd: o.sentenceEnd,
});

function nameReason(target: string, observed: string, score: number): NameReason {
  if (score < 1) return "neutral";
  return normaliseName(target) === normaliseName(observed) ? "same" : "synonym";
}

/** Why a match was skipped, in the pane's terms (the matcher's reason stays as the detail). */
function skipKind(t: Target, m: TargetMatch, doc: PlanDocument): FindingKind {
  if (t.period === "cumulative") return "cumulative";
  if (t.kind === "increment" && m.use === "base") return "incrementBase";
  if (!sameRegion(doc.region, m.bulletin.region).same) return "region";
  return "other";
}

/** Observations as the bulletin states them, with how well their names agree. */
const candidatesOf = (matches: readonly Pick<TargetMatch["candidates"][number], "observation" | "score">[]): Finding["candidates"] =>
  matches.map((c) => ({ indicator: c.observation.indicator, value: c.observation.value, unit: c.observation.unit, score: c.score }));

/** The rate the fill took for each year between a growth target's base year and its latest year (as it decides: the first match). */
function ratesBetween(fill: TargetFill): TargetMatch[] {
  const years = [...new Set(fill.between.map((m) => m.bulletin.year!))].sort((a, b) => a - b);
  return years.map((y) => fill.between.find((m) => m.status === "matched" && m.bulletin.year === y)!);
}

const rateOf = (m: TargetMatch): AveragedRate => ({ file: m.bulletin.file, year: m.bulletin.year!, value: m.value!, span: spanOf(m.observation!) });

/** The proposal and findings of one column of one target. */
function column(fill: TargetFill, filled: Target, index: number, use: ValueUse, doc: PlanDocument, out: Review): void {
  const t = fill.target;
  const matches = use === "base" ? fill.base : fill.latest;
  const base = { targetIndex: index, targetId: t.id, use };
  if (fill.filled[use]) {
    const value = (use === "base" ? filled.baseValue : filled.latestValue)!;
    const source = (use === "base" ? filled.baseSource : filled.latestSource)!;
    // The match the value was taken from: the one at its source.
    const m = matches.find((x) => x.status === "matched" && x.bulletin.file === source.file && x.observation!.start === source.start)!;
    const o = m.observation!;
    const why = nameReason(t.indicator, o.indicator, m.score);
    // A value that is not the observation's own (converted apart) says how the fill made it.
    const made = sameValue(m.value!, value) ? m.reason : [m.reason, ...fill.notes].join("; ");
    // A growth rate averaged since the base year: every rate it averages, and the base year the fill gave the target.
    const averaged = use === "latest" && fill.average !== null ? [...ratesBetween(fill), m].map(rateOf) : undefined;
    const averagesFrom = use === "latest" && measureOf(t) === "growth" && filled.baseYear !== t.baseYear ? filled.baseYear ?? undefined : undefined;
    out.proposals.push({
      ...base, file: m.bulletin.file, year: m.bulletin.year!, value, unit: t.unit,
      observed: { indicator: o.indicator, value: o.value, unit: o.unit }, span: spanOf(o),
      score: m.score, nameReason: why, reason: made, sure: why !== "neutral",
      ...(averaged ? { averaged } : {}), ...(averagesFrom !== undefined ? { averagesFrom } : {}),
    });
    return;
  }
  const hits = matches.filter((m) => m.status === "matched");
  if (hits.length > 0) {
    // Found but not proposed: bulletins of one year disagree, a growth target's base, or the plan states it.
    const m = hits[0]!;
    const at = { ...base, file: m.bulletin.file, year: m.bulletin.year, reason: [...fill.notes, ...fill.conflicts].join("; ") || m.reason };
    const values = hits.filter((h, i) => hits.findIndex((x) => sameValue(x.value!, h.value!)) === i);
    const stated = use === "base" ? t.baseValue : t.latestValue;
    if (values.length > 1) out.findings.push({ ...at, file: null, kind: "ambiguous", candidates: candidatesOf(values.map((h) => ({ observation: h.observation!, score: h.score }))) });
    else if (use === "base" && t.kind === "growth") out.findings.push({ ...at, kind: "growthBase", candidates: [], found: m.value! });
    else if (stated !== null && stated !== undefined) out.findings.push({ ...at, kind: "planStated", candidates: [], stated, found: m.value! });
    else out.findings.push({ ...at, kind: "other", candidates: [] });
    return;
  }
  for (const m of matches) {
    const kind: FindingKind = m.status === "skipped" ? skipKind(t, m, doc) : m.status === "ambiguous" ? "ambiguous" : "unmatched";
    out.findings.push({ ...base, file: m.bulletin.file, year: m.bulletin.year, kind, reason: m.reason, candidates: candidatesOf(m.candidates) });
  }
}

/**
 * The proposals and findings for every target from the bulletins (those without a year give nothing: the pane
 * says so when it lists them).
 */
export function reviewBulletins(doc: PlanDocument, targets: readonly Target[], bulletins: readonly Bulletin[], options: { anyRegion?: boolean } = {}): Review {
  const { targets: filled, report } = fillFromBulletins(doc, targets, bulletins, { anyRegion: options.anyRegion ?? false });
  const out: Review = { proposals: [], findings: [] };
  report.forEach((fill, i) => {
    if (fill.base.length === 0 && fill.latest.length === 0) {
      out.findings.push({ targetIndex: i, targetId: fill.target.id, use: null, file: null, year: null, kind: "noBulletin", reason: "", candidates: [] });
      return;
    }
    column(fill, filled[i]!, i, "base", doc, out);
    column(fill, filled[i]!, i, "latest", doc, out);
  });
  return out;
}

/** `name`, or `name (2)`, `name (3)` … whichever is not taken: a value's source names its bulletin. */
function unique(name: string, taken: Set<string>): string {
  let out = name;
  for (let i = 2; taken.has(out); i++) out = `${name} (${i})`;
  taken.add(out);
  return out;
}

export async function observe(request: ObserveRequest): Promise<ObserveResult> {
  const taken = new Set<string>();
  const reads: BulletinRead[] = [];
  const bulletins: Bulletin[] = [];
  for (const input of request.bulletins) {
    let text: string;
    try {
      text = "bytes" in input ? await readDocument(input.name, new Uint8Array(input.bytes)) : input.text;
    } catch (err) {
      if (!(err instanceof DocumentReadError)) throw err;
      reads.push({ ok: false, name: input.name ?? "", kind: err.kind });
      continue;
    }
    const read = readBulletin(text, "year" in input && input.year !== undefined ? { year: input.year } : {});
    const name = unique(input.name ?? (read.title?.trim() || "bulletin"), taken);
    const bulletin = { ...read, file: name };
    bulletins.push(bulletin);
    reads.push({
      ok: true,
      text,
      info: { name, title: bulletin.title, year: bulletin.year, yearSource: bulletin.yearSource, region: bulletin.region, observations: bulletin.observations.length },
    });
  }
  const review = reviewBulletins(request.document, request.targets, bulletins, { anyRegion: request.anyRegion });
  return { id: request.id, type: "observed", bulletins: reads, review };
}
