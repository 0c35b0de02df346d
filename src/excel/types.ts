// Types of the Office.js layer's public entry (the task pane codes against these).
import type { Language, StatusMethod } from "../core/model";
import type { StatusVocabulary } from "../core/measure";
import type { Flavour, ValueTexts } from "../core/sheet";
import type { DocumentIdentity } from "./identity";

export type { DocumentIdentity } from "./identity";

export interface ImportOptions {
  language: Language;
  method: StatusMethod;
  /** Tolerance for the time-progress method, as a fraction (0.05 = 5 points). */
  tolerance: number;
  /** Formula flavour: PLAN.* custom functions (default) or native Excel functions. */
  flavour?: Flavour;
  /** Which document this is (see documentIdentity); by default its doc id, with an unknown fingerprint. */
  identity?: DocumentIdentity;
  /** Words of the status column (default standard); counts and colours key on the status codes. */
  vocabulary?: StatusVocabulary;
  /** Texts base and latest values were read from, to quote their sentences in the value-source column. */
  valueTexts?: ValueTexts;
}

export interface ImportSummary {
  sheetName: string;
  /** The table written or updated (the user may have renamed it). */
  tableName: string;
  /** Targets written as new rows. */
  imported: number;
  /** Existing rows whose extracted cells were refreshed. */
  updated: number;
  /** Refreshed rows whose user-filled cells were kept. */
  kept: number;
  /** Refreshed rows whose match to a target of the document the user should check (their flag says why). */
  toCheck: number;
  /** Rows flagged because the table changed (a co-author's sort or row) between the import's reads and its writes. */
  changedWhileImporting: number;
  /** Rows flagged because the document no longer contains their target. */
  missing: number;
  /** Headers of the columns a re-import added to a table of an earlier release. */
  addedColumns: string[];
  syncs: number;
}

export type ProgressCallback = (fraction: number, message: string) => void;
