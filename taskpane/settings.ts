// User settings of the pane, kept in localStorage (available in Office's web views) with validation on load.
import type { Language, StatusMethod } from "../src/core/model";
import { STATUS_VOCABULARIES, type StatusVocabulary } from "../src/core/measure/status-labels";

export interface PaneSettings {
  method: StatusMethod;
  /** Tolerance of the time-progress method in percentage points (5 = 0.05). */
  tolerancePoints: number;
  headerLanguage: Language;
  /** Words of the status column and the dashboard; counts and colours key on status codes whatever they are. */
  statusWords: StatusVocabulary;
  /** "auto" follows Office's display language (or the browser's outside Office). */
  uiLanguage: Language | "auto";
}

export const DEFAULT_SETTINGS: PaneSettings = {
  method: "time", tolerancePoints: 5, headerLanguage: "zh-CN", statusWords: "standard", uiLanguage: "auto",
};

const KEY = "plan-targets.settings.v1";

const isLanguage = (v: unknown): v is Language => v === "zh-CN" || v === "en-US";

/** Keeps each valid field of a stored value and falls back to the default for the rest. */
export function sanitizeSettings(raw: unknown): PaneSettings {
  const r = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const tol = typeof r.tolerancePoints === "number" ? r.tolerancePoints : NaN;
  return {
    method: r.method === "growth" || r.method === "time" ? r.method : DEFAULT_SETTINGS.method,
    tolerancePoints: Number.isFinite(tol) && tol >= 0 && tol <= 50 ? tol : DEFAULT_SETTINGS.tolerancePoints,
    headerLanguage: isLanguage(r.headerLanguage) ? r.headerLanguage : DEFAULT_SETTINGS.headerLanguage,
    statusWords: STATUS_VOCABULARIES.includes(r.statusWords as StatusVocabulary) ? (r.statusWords as StatusVocabulary) : DEFAULT_SETTINGS.statusWords,
    uiLanguage: isLanguage(r.uiLanguage) || r.uiLanguage === "auto" ? r.uiLanguage : DEFAULT_SETTINGS.uiLanguage,
  };
}

export function loadSettings(storage: Pick<Storage, "getItem"> | null): PaneSettings {
  try {
    const raw = storage?.getItem(KEY);
    return sanitizeSettings(raw ? JSON.parse(raw) : null);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export function saveSettings(storage: Pick<Storage, "setItem"> | null, settings: PaneSettings): void {
  try {
    storage?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage can be disabled (private mode, policy): settings then last for this session only.
  }
}

export function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
