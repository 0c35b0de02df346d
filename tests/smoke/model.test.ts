import { describe, expect, it } from "vitest";
import { COMPARATORS, STATUS_LABELS, STATUSES } from "../../src/core/model";

describe("model", () => {
  it("labels every status in both languages, unknown blank", () => {
    for (const lang of ["zh-CN", "en-US"] as const) {
      for (const s of STATUSES) expect(typeof STATUS_LABELS[lang][s]).toBe("string");
      expect(STATUS_LABELS[lang].unknown).toBe("");
      const shown = STATUSES.filter((s) => s !== "unknown").map((s) => STATUS_LABELS[lang][s]);
      expect(new Set(shown).size).toBe(shown.length);
    }
    expect(COMPARATORS).toContain("range");
  });
});
