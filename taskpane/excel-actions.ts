// The pane's calls into the Office.js renderer (src/excel). Looked up by name so the pane keeps building
// while the renderer grows; a missing operation is reported to the user, never thrown at them.
import * as excelLayer from "../src/excel/index";
import type { ImportOptions, ImportSummary, ProgressCallback } from "../src/excel/index";
import type { PlanDocument, Target } from "../src/core/model";

type ImportFn = (doc: PlanDocument, targets: Target[], options: ImportOptions, onProgress?: ProgressCallback) => Promise<ImportSummary>;
export interface HighlightOptions extends ImportOptions {
  wholeRow?: boolean;
}
export interface HighlightResult {
  address: string;
  rows: number;
}
/** Highlights lagging rows in the user's selection with conditional formats, given the column mapping. */
type HighlightFn = (mapping: Record<string, string>, options: HighlightOptions) => Promise<HighlightResult>;

const api = excelLayer as unknown as { importTargets?: ImportFn; highlightSelection?: HighlightFn };

export class NotAvailable extends Error {}

export function importToSheet(doc: PlanDocument, targets: Target[], options: ImportOptions, onProgress?: ProgressCallback): Promise<ImportSummary> {
  if (typeof api.importTargets !== "function") throw new NotAvailable("import");
  return api.importTargets(doc, targets, options, onProgress);
}

export const canHighlight = (): boolean => typeof api.highlightSelection === "function";

/** Runs the renderer's highlight on the current selection. */
export function highlightLagging(mapping: Record<string, string>, options: HighlightOptions): Promise<HighlightResult> {
  if (typeof api.highlightSelection !== "function") throw new NotAvailable("highlight");
  return api.highlightSelection(mapping, options);
}
