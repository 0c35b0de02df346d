// What the functions read from the Office runtime, guarded so the same code runs in Node.
import type { Language } from "../core/model";

/** zh-CN when Office shows Chinese, otherwise en-US (also outside Office). */
export function displayLanguage(): Language {
  try {
    const lang = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    return typeof lang === "string" && lang.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
  } catch {
    // Office.context throws before Office has initialised; labels then default to English.
    return "en-US";
  }
}
