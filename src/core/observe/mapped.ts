// A string whose every character remembers the span of the ORIGINAL document it came from, so text that was
// re-flowed (PDF lines joined, letter spacing and note marks removed) still points back into the original.

export interface MappedText {
  text: string;
  /** Original [start[i], end[i]) of character i. */
  start: number[];
  end: number[];
}

export class MappedBuilder {
  private chars: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  get length(): number {
    return this.chars.length;
  }

  push(ch: string, start: number, end: number): void {
    this.chars.push(ch);
    this.starts.push(start);
    this.ends.push(end);
  }

  last(): string | undefined {
    return this.chars[this.chars.length - 1];
  }

  build(): MappedText {
    return { text: this.chars.join(""), start: this.starts, end: this.ends };
  }
}

/** Original span of the mapped characters [s, e). */
export function originalSpan(m: MappedText, s: number, e: number): { start: number; end: number } {
  if (m.text.length === 0 || e <= s) return { start: m.start[s] ?? 0, end: m.start[s] ?? 0 };
  return { start: m.start[s]!, end: m.end[e - 1]! };
}

/** A part [s, e) of a mapped text as a mapped text of its own. */
export function slice(m: MappedText, s: number, e: number): MappedText {
  return { text: m.text.slice(s, e), start: m.start.slice(s, e), end: m.end.slice(s, e) };
}
