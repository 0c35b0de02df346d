// The data model shared by every layer: extraction produces it, measure/sheet/renderers consume it.
// Pure types only: no Office, DOM or Node types here.

/** How the target value relates to the indicator. "range" uses value..valueMax. */
export type Comparator = ">" | ">=" | "=" | "~" | "<=" | "<" | "range";

export const COMPARATORS: readonly Comparator[] = [">", ">=", "=", "~", "<=", "<", "range"];

/** level: a stock at the target year; growth: a % change rate; share: a level in %; increment: an amount added. */
export type TargetKind = "level" | "growth" | "share" | "increment";

export const TARGET_KINDS: readonly TargetKind[] = ["level", "growth", "share", "increment"];

/** annual: recurs every year (每年…); cumulative: a total over the period (累计…); null: neither. */
export type TargetPeriod = "annual" | "cumulative" | null;

export interface Target {
  /** Stable across re-extraction of the same document: derived from doc id, indicator, value, unit, year and occurrence. */
  id: string;
  /** Id of the document the target came from (see PlanDocument.id). */
  docId: string;
  indicator: string;
  comparator: Comparator;
  value: number;
  /** Upper bound for comparator "range", else null. */
  valueMax: number | null;
  /** Unit as written after the number ("亿元", "%", "万人", "" when none). */
  unit: string;
  year: number | null;
  period: TargetPeriod;
  kind: TargetKind;
  /** Responsible units, from (责任单位:…) or (X牵头,Y配合); lead units first. */
  responsible: string[];
  /** Section path of headings, outermost first, e.g. ["二、…", "(三)…", "3.…"]. */
  section: string[];
  /** Offsets into the ORIGINAL document text: text === original.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** The whole source sentence (offsets into the original text) so a UI can show and highlight it. */
  sentenceStart: number;
  sentenceEnd: number;
  /** Word-number targets (全覆盖, 清零) and other statements reasonable readers may not count as targets. */
  optional: boolean;
  /**
   * A reduction stated with a positive number (能耗下降13.5%, 排放降低18%): value keeps the number as written,
   * and calculations read it as a change of −value (a cap on growth). Absent means false.
   */
  decrease?: boolean;
}

/** Metadata read from the document itself. Any field may be null when the document does not state it. */
export interface PlanDocument {
  id: string;
  title: string | null;
  issuer: string | null;
  region: string | null;
  docNumber: string | null;
  /** ISO date (YYYY-MM-DD) the document was issued. */
  issueDate: string | null;
  /** The plan's target year (2025 for a 十四五 plan, 2027 for a 2027 action plan, the year of a 工作要点). */
  horizon: number | null;
}

export interface ExtractionResult {
  document: PlanDocument;
  targets: Target[];
}

/** Outcome of a status evaluation (see src/core/measure). */
export type Status = "achieved" | "on-track" | "moderate" | "lagging" | "away" | "unknown";

export const STATUSES: readonly Status[] = ["achieved", "on-track", "moderate", "lagging", "away", "unknown"];

/** Lagging methods: time progress (时间过半、任务过半) or growth ratio (Eurostat / Open SDG). */
export type StatusMethod = "time" | "growth";

/** Labels shown in sheets and the pane; the sheet's conditional formats key on these exact strings. */
export const STATUS_LABELS: Record<"zh-CN" | "en-US", Record<Status, string>> = {
  "zh-CN": { achieved: "已完成", "on-track": "正常", moderate: "预警", lagging: "滞后", away: "倒退", unknown: "" },
  "en-US": { achieved: "Achieved", "on-track": "On track", moderate: "Moderate", lagging: "Lagging", away: "Moving away", unknown: "" },
};

export type Language = keyof typeof STATUS_LABELS;
