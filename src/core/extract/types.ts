// Internal types of the extraction pipeline (clean-text offsets until the final mapping).
import type { Comparator, TargetKind, TargetPeriod } from "../model";
import type { Span } from "../text/segment";
import type { Mention } from "./mention";

export interface Candidate {
  /** Name of the rule that produced it (for tests and debugging). */
  rule: string;
  /** Clean-text span of the quote (indicator through number, unit and suffix). */
  start: number;
  end: number;
  /** Clean-text position of the number, used to find the nearest year. */
  numberAt: number;
  value: number;
  valueMax: number | null;
  unit: string;
  comparator: Comparator;
  kind: TargetKind;
  period: TargetPeriod;
  indicator: string;
  optional: boolean;
  /** Year fixed by the rule itself (a table's 2025年目标 column), else null. */
  year: number | null;
  responsible: string[] | null;
}

export interface ClauseInput {
  text: string;
  clause: Span;
  /** The sentence holding the clause (distribution lists may cross clauses). */
  sentence: Span;
  mentions: Mention[];
  /** Shared by the clauses of one sentence: the last indicator named (地区生产总值达到…,年均增长7%). */
  memo: { indicator: string | null };
}

/** A rule looks at one clause and returns candidates plus the mentions it consumed. */
export interface ClauseRule {
  name: string;
  apply(input: ClauseInput, consumed: Set<Mention>): Candidate[];
}
