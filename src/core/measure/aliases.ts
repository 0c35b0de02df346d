// Reading a word through an alias table (English codes or the Chinese words of the sheets), remembering raw
// spellings: a column of methods, kinds or label sets repeats a handful of strings.

export function aliasReader<T>(aliases: Record<string, T>): (text: string) => T | undefined {
  const seen = new Map<string, T>();
  return (text) => {
    const hit = seen.get(text);
    if (hit !== undefined) return hit;
    const v = aliases[text.trim().toLowerCase()];
    if (v !== undefined && seen.size < 256) seen.set(text, v);
    return v;
  };
}
