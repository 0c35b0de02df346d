// Reading a word through an alias table (English codes or the Chinese words of the sheets), remembering raw
// spellings: a column of methods, kinds or label sets repeats a handful of strings.
import { MeasureError } from "./errors";

/**
 * A parser for an option argument: omitted or blank gives `fallback`, a known spelling its value, anything else
 * #VALUE! with the message `unknown` writes (naming the accepted words).
 */
export function aliasParser<T>(
  aliases: Record<string, T>, fallback: T, unknown: (text: string) => string,
): (text: string | null | undefined) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (text === null || text === undefined) return fallback;
    const hit = seen.get(text);
    if (hit !== undefined) return hit;
    const v = aliases[text.trim().toLowerCase()];
    if (v !== undefined) {
      if (seen.size < 256) seen.set(text, v);
      return v;
    }
    if (text.trim() === "") return fallback;
    throw new MeasureError("value", unknown(text));
  };
}
