// Where the pane runs: inside Excel (Office.onReady reports Excel) or as a plain browser preview.
import type { StringKey } from "./i18n";
import type { Language } from "../src/core/model";
import { SheetError } from "../src/excel/messages";

export interface HostInfo {
  inExcel: boolean;
  /** Office.js is loaded and Office has not said yet where the pane runs. */
  waiting: boolean;
  /** Office's display language when inside Office, else the browser's. */
  displayLanguage: string;
}

declare const Office: {
  onReady(): Promise<{ host: string | null; platform: string | null }>;
  context?: { displayLanguage?: string };
} | undefined;

/**
 * Tells where the pane runs: at once (a browser preview without Office.js, or Office still starting), then
 * once more when Office is ready, however long Office takes; resolves with that last answer. Outside Office,
 * Office.js reports no host, and the pane stays a browser preview.
 */
export async function watchHost(onChange: (info: HostInfo) => void): Promise<HostInfo> {
  const browserLanguage = typeof navigator !== "undefined" ? navigator.language : "en-US";
  const preview = { inExcel: false, displayLanguage: browserLanguage };
  if (typeof Office === "undefined") {
    onChange({ ...preview, waiting: false });
    return { ...preview, waiting: false };
  }
  onChange({ ...preview, waiting: true });
  const ready = await Office.onReady().catch(() => null);
  const inExcel = ready?.host === "Excel";
  const info = { inExcel, waiting: false, displayLanguage: (inExcel ? Office.context?.displayLanguage : undefined) || browserLanguage };
  onChange(info);
  return info;
}

/**
 * Excel's error codes ("Error handling with the Excel JavaScript API", Excel.ErrorCodes and OfficeExtension.ErrorCodes)
 * by the advice the pane gives; any other code, and an error without one, is shown with its own message. A protected
 * sheet or workbook answers AccessDenied.
 */
const ADVICE: Readonly<Record<string, StringKey>> = {
  InvalidOperationInCellEditMode: "errorCellEdit",
  AccessDenied: "errorAccess",
  ActivityLimitReached: "errorBusy",
  RequestAborted: "errorBusy",
  Conflict: "errorBusy",
  ServiceNotAvailable: "errorBusy",
  MemoryLimitReached: "errorBusy",
  InvalidSelection: "errorSelection",
  InsertDeleteConflict: "errorNoRoom",
  NonBlankCellOffSheet: "errorNoRoom",
  MergedRangeConflict: "errorNoRoom",
  PivotTableRangeConflict: "errorNoRoom",
  FilteredRangeConflict: "errorNoRoom",
  RequestPayloadSizeLimitExceeded: "errorTooMuch",
  ResponsePayloadSizeLimitExceeded: "errorTooMuch",
  RangeExceedsLimit: "errorTooMuch",
  OperationCellsExceedLimit: "errorTooMuch",
  ItemAlreadyExists: "errorExists",
  ItemNotFound: "errorGone",
  InactiveWorkbook: "errorInactive",
};

/** An Office or pane error in plain words: which message to show the user. */
export function errorMessageKey(err: unknown, language: Language): { key: StringKey; detail: string } {
  const e = err as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === "string" ? e.code : "";
  // the sheet layer's own errors are said in the pane's language, whatever the sheet's headers speak
  const detail = err instanceof SheetError ? err.in(language) : typeof e?.message === "string" && e.message ? e.message : String(err);
  return { key: Object.hasOwn(ADVICE, code) ? ADVICE[code]! : "errorGeneric", detail };
}
