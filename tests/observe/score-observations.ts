// Scores the bulletin reader against labelled observations (tests/observe/labels/*.obs.jsonl, written without
// sight of the reader). A label is right when an observation of the reader covers the label's number in the text
// and has the label's value, unit and year.
import { readFileSync } from "node:fs";
import path from "node:path";
import { readBulletin } from "../../src/core/observe";
import type { BulletinObservation } from "../../src/core/observe";

export const LABELS = path.join(__dirname, "labels");

export interface ObservationLabel {
  bulletin: string;
  quote: string;
  indicator: string;
  value: number;
  unit: string;
  year: number;
  kind: "level" | "growth" | "change" | "share";
  of: string | null;
  note: string;
}

export interface LabelOutcome {
  label: ObservationLabel;
  /** Offset of the label's number in the bulletin, -1 when the quote is not found. */
  at: number;
  found: BulletinObservation | null;
  right: boolean;
  why: string;
}

export function readLabels(name: string): ObservationLabel[] {
  return readFileSync(path.join(LABELS, `${name}.obs.jsonl`), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as ObservationLabel);
}

/** Spellings of one unit that mean the same thing (full-width signs, 个百分点 / 百分点). */
export function sameUnit(a: string, b: string): boolean {
  const norm = (u: string): string => u.replace(/\s+/g, "").replace("％", "%").replace(/^个百分点$/, "百分点");
  return norm(a) === norm(b);
}

/** Where the label's number stands: the last number of the quote with the label's value (growth quotes hold the level first). */
function numberOffset(quote: string, value: number): number {
  if (value === 0) {
    const flat = quote.lastIndexOf("持平");
    if (flat >= 0) return flat;
  }
  let best = -1;
  const re = /\d+(?:,\d{3})*(?:\.\d+)?/g;
  for (let m = re.exec(quote); m; m = re.exec(quote)) {
    if (Math.abs(Number(m[0].replace(/,/g, "")) - Math.abs(value)) < 1e-9) best = m.index;
  }
  return best;
}

export function scoreBulletin(name: string): LabelOutcome[] {
  const text = readFileSync(path.join(LABELS, `${name}.txt`), "utf8");
  const observations = readBulletin(text, { file: `${name}.txt` }).observations;
  const labels = readLabels(name);
  // a quote that occurs several times is taken in document order, one occurrence per label
  const cursor = new Map<string, number>();
  return labels.map((label) => {
    const from = cursor.get(label.quote) ?? 0;
    let q = text.indexOf(label.quote, from);
    if (q < 0) q = text.indexOf(label.quote);
    if (q < 0) return { label, at: -1, found: null, right: false, why: "quote not in text" };
    cursor.set(label.quote, q + 1);
    const rel = numberOffset(label.quote, label.value);
    if (rel < 0) return { label, at: -1, found: null, right: false, why: "value not in quote" };
    const at = q + rel;
    const covering = observations.filter((o) => o.start <= at && at < o.end);
    const found = covering.find((o) => Math.abs(o.value - label.value) < 1e-9) ?? covering[0] ?? null;
    if (!found) return { label, at, found: null, right: false, why: "no observation" };
    const problems: string[] = [];
    if (Math.abs(found.value - label.value) > 1e-9) problems.push(`value ${found.value}`);
    if (!sameUnit(found.unit, label.unit)) problems.push(`unit "${found.unit}"`);
    if (found.year !== label.year) problems.push(`year ${found.year}`);
    return { label, at, found, right: problems.length === 0, why: problems.join(", ") };
  });
}

export const LABELLED_BULLETINS = [
  "02_zhengzhou_2025", "04_zhoukou_2023", "06_suzhou_2025", "08_wulumuqi_2025", "12_xian_2025", "15_zaozhuang_2025",
  "16_haerbin_2025", "pingtan_2020", "pingtan_2021", "pingtan_2016", "pingtan_2017", "pingtan_2022",
];
