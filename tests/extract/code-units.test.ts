// The code-unit tables the hot scans use instead of the regex engine's class search.
import { describe, expect, it } from "vitest";
import { codeTable, indexOfCode } from "../../src/core/text/code-units";

describe("code-unit tables", () => {
  const t = codeTable("至到", [[0xff01, 0xff03]]);
  it("mark characters and inclusive ranges", () => {
    expect([t["至".charCodeAt(0)], t[0xff01], t[0xff03], t[0xff04], t["一".charCodeAt(0)]]).toEqual([1, 1, 1, 0, 0]);
  });
  it("find the first marked code from a position, below an end, or -1", () => {
    expect(indexOfCode("3至5到7", t)).toBe(1);
    expect(indexOfCode("3至5到7", t, 2)).toBe(3);
    expect(indexOfCode("3至5到7", t, 2, 3)).toBe(-1);
    expect(indexOfCode("35", t, 0, 99)).toBe(-1);
  });
});
