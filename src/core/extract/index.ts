// extract(text): the pipeline, stage by stage —
//   prepare (normalise, metadata, document year) → walk (sentences with their context; tables as tables)
//   → mentions (every number with its unit) → roles (target · possible · baseline · past · parameter · qualifier ·
//   name · date · ordinal · other, each with a reason) → refiners (year, base year and value, targets, ids).
// Offsets of targets and mentions point into the ORIGINAL text.
import type { ExtractionResult } from "../model";
import { scanMentions } from "./mentions/scan";
import { prepare } from "./prepare";
import { roledMentions } from "./roles/book";
import { readSentence, setRole, type Placed } from "./roles/sentence";
import { readTableBlock } from "./roles/table";
import { quantitiesIn, statesAnything } from "./mentions/scan";
import { fillBaseValues, type Observed } from "./refiners/base";
import { withHeadlineYears, withoutHeadlineEchoes } from "./refiners/headline";
import { toTargets } from "./refiners/targets";
import { walk } from "./walk/walk";

export interface ExtractOptions {
  /** Document id (a seed's three-digit prefix, else the file's base name). */
  docId?: string;
  /** Leave out optional word-number targets (全覆盖, 清零). */
  includeOptional?: boolean;
  /** The year the document speaks in (今年, 年内), overriding the year it states. */
  docYear?: number | null;
  /** List every number mention with its role (ExtractionResult.mentions). */
  mentions?: boolean;
}

export { POSSIBLE_REASONS, type PossibleReason } from "./roles/possible";

export function extract(original: string, options: ExtractOptions = {}): ExtractionResult {
  const docId = options.docId ?? "doc";
  const prepared = prepare(original, docId, options.docYear);
  const mentions = scanMentions(prepared.text, prepared.mask);
  const doc = { ...prepared, statesAnything: (from: number, to: number): boolean => statesAnything(prepared.text, mentions, from, to) };
  const placed: Placed[] = [];
  const seen: Observed[] = [];
  const sentenceOptions = { includeOptional: options.includeOptional ?? true };
  walk(doc, (block) => {
    if (block.kind === "sentence") readSentence(block, doc, mentions, sentenceOptions, placed, seen);
    else if (block.kind === "table") readTableBlock(block, doc, mentions, placed);
    else for (const m of quantitiesIn(mentions, block.span.start, block.span.end)) setRole(m, "other", block.reason);
  });
  fillBaseValues(placed, seen, (m, indicator) => { m.role = "baseline"; m.reason = `the base-year value of ${indicator}`; });
  const { targets, words } = toTargets(withHeadlineYears(prepared.text, withoutHeadlineEchoes(prepared.text, placed, mentions)), original, doc.clean, docId);
  const result: ExtractionResult = { document: doc.document, targets };
  if (options.mentions) result.mentions = roledMentions(original, doc.clean, mentions, words, targets);
  return result;
}
