// Words for status codes, for display only: the sheet's own labels, the vocabulary of national plan mid-term
// reviews (NDRC: 提前实现 / 快于预期 / 基本符合预期 / 滞后) and Eurostat's SDG progress classes. Counts, colours and
// every comparison key on the codes, never on these words.
import { STATUS_LABELS, type Language, type Status } from "../model";
import { aliasParser } from "./aliases";

export type StatusVocabulary = "standard" | "review" | "eurostat";

export const STATUS_VOCABULARIES: readonly StatusVocabulary[] = ["standard", "review", "eurostat"];

/** Labels per vocabulary and language; unknown is always the empty string (shown blank). */
export const VOCABULARY_LABELS: Record<StatusVocabulary, Record<Language, Record<Status, string>>> = {
  standard: STATUS_LABELS,
  // A mid-term review reports a target met before its year as 提前实现 and reports movement away as 滞后.
  review: {
    "zh-CN": { achieved: "提前实现", "on-track": "快于预期", moderate: "基本符合预期", lagging: "滞后", away: "滞后", unknown: "" },
    "en-US": {
      achieved: "Achieved ahead of time", "on-track": "Faster than expected", moderate: "Broadly as expected",
      lagging: "Lagging", away: "Lagging", unknown: "",
    },
  },
  eurostat: {
    "zh-CN": { achieved: "已达标", "on-track": "显著进展", moderate: "中等进展", lagging: "进展不足", away: "背离目标", unknown: "" },
    "en-US": {
      achieved: "Target met", "on-track": "Significant progress", moderate: "Moderate progress",
      lagging: "Insufficient progress", away: "Movement away", unknown: "",
    },
  },
};

export function statusLabel(s: Status, vocabulary: StatusVocabulary, language: Language): string {
  return VOCABULARY_LABELS[vocabulary][language][s];
}

/** What PLAN.STATUS answers with: the code itself, or a vocabulary's label. */
export type StatusLabelling = StatusVocabulary | "code";

const LABELLING_ALIASES: Record<string, StatusLabelling> = {
  standard: "standard", default: "standard", "标准": "standard", "默认": "standard",
  review: "review", ndrc: "review", "中期评估": "review", "评估": "review",
  eurostat: "eurostat", sdg: "eurostat",
  code: "code", "代码": "code",
};

/** Parses the labels argument; empty means the standard labels. */
export const parseStatusLabelling = aliasParser<StatusLabelling>(
  LABELLING_ALIASES,
  "standard",
  (text) => `Unknown labels "${text}"; use standard (标准), review (中期评估), eurostat or code (代码)`,
);
