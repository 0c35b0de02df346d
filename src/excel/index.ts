// Public entry of the Office.js layer used by the task pane. (Contract; implementation lands with the renderer.)
import type { PlanDocument, Target, StatusMethod, Language } from "../core/model";

export interface ImportOptions {
  language: Language;
  method: StatusMethod;
  /** Tolerance for the time-progress method, as a fraction (0.05 = 5 points). */
  tolerance: number;
}

export interface ImportSummary {
  sheetName: string;
  imported: number;
  updated: number;
  kept: number;
  missing: number;
  syncs: number;
}

export type ProgressCallback = (fraction: number, message: string) => void;

export async function importTargets(
  _doc: PlanDocument,
  _targets: Target[],
  _options: ImportOptions,
  _onProgress?: ProgressCallback,
): Promise<ImportSummary> {
  throw new Error("not implemented yet");
}
