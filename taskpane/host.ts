// Where the pane runs: inside Excel (Office.onReady reports Excel) or as a plain browser preview.
import type { StringKey } from "./i18n";

export interface HostInfo {
  inExcel: boolean;
  /** Office's display language when inside Office, else the browser's. */
  displayLanguage: string;
}

declare const Office: {
  onReady(): Promise<{ host: string | null; platform: string | null }>;
  context?: { displayLanguage?: string };
} | undefined;

/** Resolves once Office.js is ready, or after `timeoutMs` when Office.js never loaded (offline preview). */
export async function detectHost(timeoutMs = 3000): Promise<HostInfo> {
  const browserLanguage = typeof navigator !== "undefined" ? navigator.language : "en-US";
  if (typeof Office === "undefined") return { inExcel: false, displayLanguage: browserLanguage };
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs));
  const info = await Promise.race([Office.onReady().catch(() => null), timeout]);
  const inExcel = info?.host === "Excel";
  const officeLanguage = inExcel ? Office.context?.displayLanguage : undefined;
  return { inExcel, displayLanguage: officeLanguage || browserLanguage };
}

/** An Office or pane error in plain words: which message to show the user. */
export function errorMessageKey(err: unknown): { key: StringKey; detail: string } {
  const e = err as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === "string" ? e.code : "";
  const detail = typeof e?.message === "string" && e.message ? e.message : String(err);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return { key: "errorCellEdit", detail };
    case "AccessDenied":
    case "WorkbookProtected":
    case "SheetProtected":
    case "InsufficientPermissions":
      return { key: "errorAccess", detail };
    case "ActivityLimitReached":
    case "RequestAborted":
    case "Conflict":
    case "ServiceNotAvailable":
      return { key: "errorBusy", detail };
    case "InvalidSelection":
    case "InvalidArgument":
      return code === "InvalidSelection" ? { key: "errorSelection", detail } : { key: "errorGeneric", detail };
    default:
      return { key: "errorGeneric", detail };
  }
}
