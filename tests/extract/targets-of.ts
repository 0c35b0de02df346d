import { extract, type Target } from "../../src/core";

/** Targets of a small document; `docYear` is given by a signature date line so 年内 / horizon resolve. */
export function targetsOf(body: string, docYear = 2021): Target[] {
  return extract(`${body}\n${docYear}年5月20日\n`, { docId: "t" }).targets;
}

export function brief(t: Target): string {
  const v = t.valueMax === null ? `${t.value}` : `${t.value}-${t.valueMax}`;
  return `${t.indicator}|${t.comparator}|${v}|${t.unit}|${t.kind}`;
}
