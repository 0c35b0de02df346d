import { extract, type Target } from "../../src/core";

/** Targets of a small document; `docYear` is given by a signature date line so 年内 / horizon resolve. */
export function allTargetsOf(body: string, docYear = 2021): Target[] {
  return extract(`${body}\n${docYear}年5月20日\n`, { docId: "t" }).targets;
}

/** The targets a user gets ticked by default (low-confidence ones are offered unticked). */
export function ticked(targets: Target[]): Target[] {
  return targets.filter((t) => t.confidence !== "low");
}

/** Ticked targets of a small document (see allTargetsOf). */
export function targetsOf(body: string, docYear = 2021): Target[] {
  return ticked(allTargetsOf(body, docYear));
}

export function brief(t: Target): string {
  const v = t.valueMax === null ? `${t.value}` : `${t.value}-${t.valueMax}`;
  return `${t.indicator}|${t.comparator}|${v}|${t.unit}|${t.kind}`;
}
