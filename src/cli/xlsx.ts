// Contract for the ExcelJS workbook writer (the sheet-model renderer for the headless CLI).
import type { ExtractionResult, Language } from "../core/model";

export interface WorkbookOptions {
  /** CSV of user actuals: id, base year, base value, latest year, latest value. */
  actualsCsv?: string;
  language?: Language;
}

export async function writeWorkbook(
  _results: ExtractionResult[],
  _outPath: string,
  _options: WorkbookOptions = {},
): Promise<{ sheets: number; rows: number }> {
  throw new Error("xlsx output is not available yet");
}
