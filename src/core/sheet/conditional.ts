// Conditional-format rules of the table, as data: status fills, a data bar on progress, a warning fill where
// progress trails time progress, and a muted style for rows the document no longer contains.
import type { Status } from "../model";
import { and, call, eq, lt, or, ref, str, type Expr } from "./expr";
import type { ColumnKey } from "./columns";
import { MISSING_FLAG } from "./labels";

export interface CellStyle {
  /** Fill colour, #RRGGBB. */
  fill?: string;
  /** Font colour, #RRGGBB. */
  font?: string;
  italic?: boolean;
}

export type ConditionalRule =
  | {
      type: "expression";
      /** What the rule is for (tests and renderers key on it). */
      name: string;
      /** Columns the format applies to; "*" = the whole row. */
      columns: ColumnKey[] | "*";
      /** TRUE for rows to format; column references resolve to the same row. */
      when: Expr;
      style: CellStyle;
      status?: Status;
    }
  | { type: "dataBar"; name: string; columns: ColumnKey[]; color: string; min: number; max: number };

/** Status colours: achieved blue, on track green, moderate amber, lagging and moving away red. */
export const STATUS_STYLES: Record<Exclude<Status, "unknown">, Required<Pick<CellStyle, "fill" | "font">>> = {
  achieved: { fill: "#BDD7EE", font: "#1F4E79" },
  "on-track": { fill: "#C6EFCE", font: "#006100" },
  moderate: { fill: "#FFEB9C", font: "#9C5700" },
  lagging: { fill: "#FFC7CE", font: "#9C0006" },
  away: { fill: "#FF8080", font: "#600000" },
};

export const BEHIND_TIME_STYLE: CellStyle = { fill: "#F8CBAD", font: "#833C0B" };
export const MISSING_ROW_STYLE: CellStyle = { font: "#808080", italic: true };
export const PROGRESS_BAR_COLOR = "#5B9BD5";

const SHOWN_STATUSES = Object.keys(STATUS_STYLES) as Exclude<Status, "unknown">[];

/**
 * Fill rules keyed on a status code (the code column in the table, the full status formula elsewhere): codes are
 * the same in every language and vocabulary, so the colours never depend on the words shown.
 */
export function statusFillRules(code: Expr, columns: ColumnKey[] | "*"): ConditionalRule[] {
  return SHOWN_STATUSES.map((s) => ({
    type: "expression" as const,
    name: `status:${s}`,
    columns,
    when: eq(code, str(s)),
    style: STATUS_STYLES[s],
    status: s,
  }));
}

/** Progress below time progress (both computed): 时间过半、任务未过半. */
export function behindTimeRule(progressValue: Expr, timeValue: Expr, columns: ColumnKey[]): ConditionalRule {
  return {
    type: "expression",
    name: "behind-time",
    columns,
    when: and(call("ISNUMBER", progressValue), call("ISNUMBER", timeValue), lt(progressValue, timeValue)),
    style: BEHIND_TIME_STYLE,
  };
}

export function tableConditionalRules(): ConditionalRule[] {
  return [
    ...statusFillRules(ref("statusCode"), ["status", "statusCode"]),
    { type: "dataBar", name: "progress-bar", columns: ["progress"], color: PROGRESS_BAR_COLOR, min: 0, max: 1 },
    behindTimeRule(ref("progress"), ref("timeProgress"), ["timeProgress"]),
    // Only rows the document no longer contains are muted; a flag asking to check a re-import match is not.
    {
      type: "expression", name: "missing-row", columns: "*", style: MISSING_ROW_STYLE,
      when: or(...Object.values(MISSING_FLAG).map((text) => eq(ref("flag"), str(text)))),
    },
  ];
}
