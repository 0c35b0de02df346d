// Comparators: which way a target points, and the spellings users type for them.
import { COMPARATORS, type Comparator } from "../model";
import { MeasureError } from "./errors";

/** +1 for floors (>, >=, =, ~, range on its lower bound), -1 for caps (<=, <). */
export function direction(c: Comparator): 1 | -1 {
  return c === "<=" || c === "<" ? -1 : 1;
}

export function isCap(c: Comparator): boolean {
  return direction(c) === -1;
}

// Full-width and mathematical forms appear in documents and in cells typed with a Chinese IME.
const COMPARATOR_ALIASES: Record<string, Comparator> = {
  ">": ">", "＞": ">", "gt": ">",
  ">=": ">=", "≥": ">=", "≧": ">=", "＞＝": ">=", "=>": ">=", "ge": ">=",
  "=": "=", "＝": "=", "eq": "=",
  "~": "~", "≈": "~", "约": "~",
  "<=": "<=", "≤": "<=", "≦": "<=", "＜＝": "<=", "=<": "<=", "le": "<=",
  "<": "<", "＜": "<", "lt": "<",
  // The sheet shows ranges as a full-width tilde (～), so it is not an alias of "~".
  "range": "range", "～": "range", "区间": "range",
};

/** Default when a comparator is omitted or its cell is empty: most plan targets are floors. */
export const DEFAULT_COMPARATOR: Comparator = ">=";

// Spellings already read, as typed: a column of comparators repeats a handful of strings.
const seen = new Map<string, Comparator>();

/** Parses a comparator; unknown text is #VALUE! naming the accepted ones. */
export function parseComparator(text: string | null | undefined): Comparator {
  if (text === null || text === undefined) return DEFAULT_COMPARATOR;
  const hit = seen.get(text);
  if (hit) return hit;
  if (text.trim() === "") return DEFAULT_COMPARATOR;
  const c = COMPARATOR_ALIASES[text.trim().toLowerCase()];
  if (!c) {
    throw new MeasureError("value", `Unknown comparator "${text}"; use one of ${COMPARATORS.join(" ")} (or ≥ ≤ ≈ ＝ ～)`);
  }
  if (seen.size < 256) seen.set(text, c);
  return c;
}
