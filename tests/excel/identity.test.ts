// A document's identity: what the user sees plus a fingerprint of its text; and table names from it.
import { describe, expect, it } from "vitest";
import { documentIdentity, fingerprint, isTableNameFor, sameDocument, tableBaseName, unusedTableName } from "../../src/excel/identity";
import { tableNameProblem } from "../fakes/fake-excel";
import { DOC } from "../sheet/fixtures";

describe("documentIdentity", () => {
  const paste = (text: string, title: string | null = null) => documentIdentity({ docId: "pasted", pasted: true }, text, { title });

  it("tells pasted texts apart by their title, or by their content when untitled", () => {
    expect(paste("到2025年,GDP达到970亿元。").key).not.toBe(paste("森林覆盖率稳定在45%以上。").key);
    expect(paste("到2025年,GDP达到970亿元。").key).toBe(paste("到2025年,GDP达到970亿元。").key);
    expect(paste("A", "某市2025年政府工作报告").key).toBe(paste("B", "某市2025年政府工作报告").key);
    expect(paste("A", "某市2025年政府工作报告").key).not.toBe(paste("A", "某县2025年政府工作报告").key);
    expect(paste("A").key).toMatch(/^pasted-[0-9a-f]{8}$/);
  });

  it("knows a file by its doc id, and its text by a fingerprint that ignores line ends and spacing", () => {
    const file = documentIdentity({ docId: "规划", pasted: false }, "一、目标\r\n到2025年 GDP 达到970亿元。", { title: null });
    expect(file.key).toBe("规划");
    expect(file.fingerprint).toBe(fingerprint("一、目标\n到2025年  GDP 达到970亿元。 "));
    expect(file.fingerprint).not.toBe(fingerprint("一、目标\n到2025年 GDP 达到1000亿元。"));
  });
});

describe("sameDocument", () => {
  const id = { key: "k", fingerprint: "f1" };
  const stored = { fingerprint: "f0", title: DOC.title, issuer: DOC.issuer, region: DOC.region, docNumber: null, release: null };
  it("is the same text, or a revision whose title and issuer agree, or, untitled, one that keeps most rows", () => {
    expect(sameDocument({ ...stored, fingerprint: "f1", title: "其他" }, DOC, id, 0)).toBe(true);
    expect(sameDocument(stored, DOC, id, 0)).toBe(true);
    expect(sameDocument(stored, { ...DOC, issuer: "某县人民政府" }, id, 1)).toBe(false);
    expect(sameDocument(stored, { ...DOC, title: "另一个文件" }, id, 1)).toBe(false);
    expect(sameDocument({ ...stored, title: null }, DOC, id, 0.6)).toBe(true);
    expect(sameDocument({ ...stored, title: null }, DOC, id, 0.4)).toBe(false);
    expect(sameDocument(null, { ...DOC, title: null }, id, null)).toBe(true);
  });
});

describe("table names", () => {
  it("are valid Excel names, and differ for keys that differ only in non-ASCII letters", () => {
    expect(tableBaseName("000")).toBe("PlanTargets_000");
    const a = tableBaseName("规划"), b = tableBaseName("方案"), c = tableBaseName("plan 2025(修订)");
    expect(new Set([a, b, c]).size).toBe(3);
    expect(c).toMatch(/^PlanTargets_plan_2025_[0-9a-f]{8}$/);
    for (const name of [a, b, c, tableBaseName("x".repeat(400))]) expect(tableNameProblem(name, [])).toBeNull();
  });

  it("take the first free suffix among every table and defined name", () => {
    expect(unusedTableName("PlanTargets_x", [])).toBe("PlanTargets_x");
    expect(unusedTableName("PlanTargets_x", ["plantargets_X", "PlanTargets_x_2", "PlanTargets_x_4"])).toBe("PlanTargets_x_3");
    expect(isTableNameFor("PlanTargets_x", "PlanTargets_x_12")).toBe(true);
    expect(isTableNameFor("PlanTargets_x", "PlanTargets_x_y")).toBe(false);
  });
});
