// Pure logic of "Add a statistical bulletin" in the pane: the proposals the worker made (observe.ts), what the
// user accepts or rejects, the values that go into the sheet, and what the cards show. No DOM here, and no
// engine: the pane's main bundle stays without it.
import type { SourceRef, Target } from "../src/core/model";
import { quotedSource, type ValueTexts, type ValueUse } from "../src/core/sheet";
import type { ValueConflict, ValueEntry } from "../src/excel/value-writes";
import type { Span } from "./review-model";

/** What the pane shows of a bulletin it read. */
export interface BulletinInfo {
  name: string;
  title: string | null;
  year: number | null;
  yearSource: string | null;
  region: string | null;
  observations: number;
}

/** Why two indicator names were taken as one: the same name, a synonym group, or a difference of 总 / 额 / 量. */
export type NameReason = "same" | "synonym" | "neutral";

/** A bulletin's value for one of the target's two columns, for the user to accept or reject. */
export interface Proposal {
  targetIndex: number;
  targetId: string;
  use: ValueUse;
  /** The bulletin (its name in the pane, the file of the value's source) and the year it reports on. */
  file: string;
  year: number;
  /** The value in the target's unit. */
  value: number;
  unit: string;
  /** What the bulletin states. */
  observed: { indicator: string; value: number; unit: string };
  span: Span;
  score: number;
  nameReason: NameReason;
  /** The matcher's own words. */
  reason: string;
  /** Names the same or synonyms: "accept all sure" takes it. */
  sure: boolean;
  /**
   * A growth target's latest value that averages the yearly rates since its base year: each rate averaged, its
   * bulletin and sentence, the latest one last (the value is then no single sentence's number).
   */
  averaged?: AveragedRate[];
  /** The base year a growth target's latest rate averages from, where the target has none of its own: it goes with the value. */
  averagesFrom?: number;
}

/** One year's rate in an averaged latest value. */
export interface AveragedRate {
  file: string;
  year: number;
  /** In the target's unit. */
  value: number;
  span: Span;
}

/** Why a target's column gets no proposal from the bulletins. */
export type FindingKind =
  | "ambiguous" | "unmatched" | "cumulative" | "incrementBase" | "region" | "growthBase" | "planStated" | "noBulletin" | "other";

export interface Finding {
  targetIndex: number;
  targetId: string;
  use: ValueUse | null;
  file: string | null;
  year: number | null;
  kind: FindingKind;
  /** The matcher's own words. */
  reason: string;
  /** Ambiguous: the values in competition; unmatched: the closest names. */
  candidates: { indicator: string; value: number; unit: string; score: number }[];
  /** planStated: the plan's value and the bulletin's. */
  stated?: number;
  found?: number;
}

export interface Review {
  proposals: Proposal[];
  findings: Finding[];
}

// ---- the user's decisions (in the pane) ----------------------------------------------------------------

export type Decision = "accept" | "reject";

/**
 * The key of a proposal's decision: the target's decision key (its place in the text, kept across a change of
 * the document year) with the column, the bulletin and the number in it.
 */
export const proposalKey = (p: Proposal, targetKeys: readonly string[]): string => `${targetKeys[p.targetIndex]}|${p.use}|${p.file}|${p.span.start}`;

export interface ReviewCounts {
  proposals: number;
  sure: number;
  accepted: number;
  rejected: number;
  undecided: number;
}

export function reviewCounts(proposals: readonly Proposal[], keys: readonly string[], decisions: ReadonlyMap<string, Decision>): ReviewCounts {
  const c: ReviewCounts = { proposals: proposals.length, sure: 0, accepted: 0, rejected: 0, undecided: 0 };
  for (const p of proposals) {
    if (p.sure) c.sure++;
    const d = decisions.get(proposalKey(p, keys));
    if (d === "accept") c.accepted++;
    else if (d === "reject") c.rejected++;
    else c.undecided++;
  }
  return c;
}

/** Accepts every sure proposal the user has not decided on; returns how many. A rejection stands. */
export function acceptSure(proposals: readonly Proposal[], keys: readonly string[], decisions: Map<string, Decision>): number {
  let n = 0;
  for (const p of proposals) {
    const key = proposalKey(p, keys);
    if (p.sure && !decisions.has(key)) {
      decisions.set(key, "accept");
      n++;
    }
  }
  return n;
}

export const accepted = (proposals: readonly Proposal[], keys: readonly string[], decisions: ReadonlyMap<string, Decision>): Proposal[] =>
  proposals.filter((p) => decisions.get(proposalKey(p, keys)) === "accept");

/** Where a proposal's value stands; an averaged rate's source names the earlier years' sentences too (`averaged` ends with the latest). */
const sourceOf = (p: Proposal): SourceRef => ({
  file: p.file, ...p.span,
  ...(p.averaged && p.averaged.length > 1 ? { averages: p.averaged.slice(0, -1).map((r) => ({ file: r.file, ...r.span })) } : {}),
});

/**
 * The accepted values to write into the table, each with its sentence; `replace` holds, by proposal key, what the
 * user chose to replace (the cells of a conflict as they were shown).
 */
export function acceptedEntries(
  proposals: readonly Proposal[], keys: readonly string[], decisions: ReadonlyMap<string, Decision>, texts: ValueTexts,
  replace: ReadonlyMap<string, ValueConflict["existing"]> = new Map(),
): ValueEntry[] {
  return accepted(proposals, keys, decisions).map((p) => {
    const chosen = replace.get(proposalKey(p, keys));
    return {
      targetId: p.targetId,
      source: { use: p.use, value: p.value, unit: p.unit, year: p.year, ...quotedSource(sourceOf(p), texts) },
      ...(chosen ? { replace: chosen } : {}),
      ...(p.use === "latest" && p.averagesFrom !== undefined ? { averagesFrom: p.averagesFrom } : {}),
    };
  });
}

/** The targets with their accepted values, for an import: the new table's rows take them with their source. */
export function withAccepted(targets: readonly Target[], proposals: readonly Proposal[], keys: readonly string[], decisions: ReadonlyMap<string, Decision>): Target[] {
  const out = targets.slice();
  for (const p of accepted(proposals, keys, decisions)) {
    const t = { ...out[p.targetIndex]! };
    if (p.use === "base") Object.assign(t, { baseYear: p.year, baseValue: p.value, baseSource: sourceOf(p) });
    else Object.assign(t, { latestYear: p.year, latestValue: p.value, latestSource: sourceOf(p) }, p.averagesFrom !== undefined ? { baseYear: p.averagesFrom } : {});
    out[p.targetIndex] = t;
  }
  return out;
}

// ---- what the cards show ------------------------------------------------------------------------------

const NUMBER = /[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:[%％‰]|个百分点)?/g;

/** The target's sentence with its number highlighted (from the first number of its text to the last). */
export function targetSpan(t: Target, text: string): Span {
  const own = text.slice(t.start, t.end);
  const found = [...own.matchAll(NUMBER)];
  const first = found[0];
  const last = found[found.length - 1];
  const span = first && last ? { start: t.start + first.index, end: t.start + last.index + last[0].trimEnd().length } : { start: t.start, end: t.end };
  return { ...span, sentenceStart: t.sentenceStart, sentenceEnd: t.sentenceEnd };
}

/** The unit conversion a proposal made, or null when the bulletin states the value in the target's unit. */
export function conversion(p: Proposal): { from: string; to: string } | null {
  if (p.observed.unit === p.unit || p.observed.unit === "") return null;
  const show = (v: number, u: string): string => `${Number(v.toPrecision(12))}${u ? ` ${u}` : ""}`;
  return { from: show(p.observed.value, p.observed.unit), to: show(p.value, p.unit) };
}
