// The pane's calls into the Office.js renderer (src/excel): import, dashboard, and highlight on the user's selection.
import { buildDashboard, highlightSelection, importTargets, writeValues } from "../src/excel/index";
import type {
  DashboardSummary, HighlightMapping, HighlightOptions, HighlightSummary, ImportOptions, ImportSummary, ProgressCallback, ValueEntry, WriteValuesOptions,
  WriteValuesSummary,
} from "../src/excel/index";

export { documentIdentity, type DocumentIdentity } from "../src/excel/index";
import type { Language, PlanDocument, Target } from "../src/core/model";
import type { StatusVocabulary } from "../src/core/measure/status-labels";

export function importToSheet(doc: PlanDocument, targets: Target[], options: ImportOptions, onProgress?: ProgressCallback): Promise<ImportSummary> {
  return importTargets(doc, targets, options, onProgress);
}

/** Writes accepted bulletin values into the document's table (null: the document has no table yet). */
export function writeValuesToTable(entries: ValueEntry[], options: WriteValuesOptions): Promise<WriteValuesSummary | null> {
  return writeValues(entries, options);
}

/** Runs the renderer's highlight (conditional formats that follow the user's edits) on the current selection. */
export function highlightLagging(mapping: HighlightMapping, options: HighlightOptions): Promise<HighlightSummary> {
  return highlightSelection(mapping, options);
}

/** Builds (or refreshes) the dashboard sheet over every table the add-in imported. */
export function buildDashboardSheet(language: Language, vocabulary: StatusVocabulary): Promise<DashboardSummary> {
  return buildDashboard({ language, vocabulary });
}
