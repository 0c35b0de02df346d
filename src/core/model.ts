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
  /**
   * "high": shown ticked by default. "low": plausibly a target but the engine is unsure (a `possible` mention);
   * shown unticked with `reason`. Absent means "high".
   */
  confidence?: Confidence;
  /** Why the engine is unsure (low confidence), in a few words. */
  reason?: string;
  /** From an indicator table's 属性 column: 约束性 → true, 预期性 → false; absent when the document does not say. */
  binding?: boolean;
  /** The year a change is measured from: 较2020年下降18% / 以2020年为基期 / a table's 2020年 column → 2020. */
  baseYear?: number | null;
  /** The indicator's value in baseYear where the document states it (a base-year column, the review). */
  baseValue?: number | null;
  /** Where baseValue was read: offsets into the original text (of `file` when it came from another document). */
  baseSource?: SourceRef | null;
  /** The latest observed value (from a statistical bulletin or typed by the user) and its year. */
  latestYear?: number | null;
  latestValue?: number | null;
  latestSource?: SourceRef | null;
}

export type Confidence = "high" | "low";

/** A span of a document's original text; `file` names the document when it is not the target's own. */
export interface SourceRef {
  file?: string;
  start: number;
  end: number;
  /** The sentence that states it, when the reader knows it (a bulletin's sentence, a table row). */
  sentenceStart?: number;
  sentenceEnd?: number;
  /** A value averaged from several sentences (a growth rate over years): the earlier years' ones, oldest first. */
  averages?: SourceRef[];
}

/**
 * What a number of a document is (extraction issue, "every number accounted for"):
 * target · possible (maybe a target) · baseline (a base or past-year value of an indicator) · past (other past facts) ·
 * parameter (subsidy rates, eligibility, design norms) · qualifier (inside an indicator's name: 产值100亿元以上企业) ·
 * name (十四五, 5G, 12345热线) · date · ordinal (list numbers) · other.
 */
export type MentionRole =
  | "target" | "possible" | "baseline" | "past" | "parameter" | "qualifier" | "name" | "date" | "ordinal" | "other";

export const MENTION_ROLES: readonly MentionRole[] = [
  "target", "possible", "baseline", "past", "parameter", "qualifier", "name", "date", "ordinal", "other",
];

/** One number mention of a document with its role; offsets into the ORIGINAL text. */
export interface RoledMention {
  start: number;
  end: number;
  text: string;
  value: number | null;
  unit: string;
  role: MentionRole;
  /** A short reason for the role (a few words). */
  reason: string;
  /** The target this mention became (roles target and possible). */
  targetId?: string;
}

/**
 * A value a statistical bulletin (统计公报) states for an indicator: a level (全年地区生产总值1806.0亿元) or a growth
 * rate (比上年增长4.1%). Offsets into the bulletin's original text.
 */
export interface Observation {
  indicator: string;
  value: number;
  unit: string;
  year: number;
  kind: "level" | "growth";
  /** Region the bulletin covers (郑州市), when known. */
  region: string | null;
  start: number;
  end: number;
  text: string;
  sentenceStart: number;
  sentenceEnd: number;
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
  /**
   * The year the document speaks in (今年 / 全年 / 年内 / 本年 mean it): from its date, its title, 今年是“十五五”开局之年,
   * a heading such as 2026年工作安排; or set by the user. Absent or null when unknown.
   */
  docYear?: number | null;
  /** How docYear was found ("title", "date", "text", "user"), for the pane to show. */
  docYearSource?: string | null;
}

export interface ExtractionResult {
  document: PlanDocument;
  targets: Target[];
  /** Every number mention with its role, when asked for (ExtractOptions.mentions). */
  mentions?: RoledMention[];
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
