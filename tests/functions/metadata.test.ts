// functions.json (generated from the JSDoc at build) holds every PLAN function with its parameters, and the
// zh-CN metadata generated from it plus the translation table stays in step with it.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { validateManifest } from "../../scripts/validate-manifest";
import { declaredRuntime, flagProblem } from "../fakes/custom-functions-host";

const require = createRequire(import.meta.url);
const root = path.resolve(__dirname, "../..");
const { localizeMetadata } = require(path.join(root, "build/localize-functions.cjs")) as {
  localizeMetadata: (english: Metadata, table: Table) => { metadata: Metadata; problems: string[] };
};
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata") as {
  generateCustomFunctionsMetadata: (inputs: string[], quiet: boolean) => Promise<{ metadataJson: string; errors: string[] }>;
};

interface Parameter { name: string; description?: string; optional?: boolean; dimensionality?: string; type?: string }
interface Fn { id: string; name: string; description: string; parameters: Parameter[]; result: { dimensionality?: string } }
interface Metadata { allowErrorForDataTypeAny?: boolean; functions: Fn[] }
type Table = Record<string, { title: string; description: string; parameters: Record<string, { name: string; description: string }> }>;

/** The functions the product promises, with their parameters in order ("?" marks optional ones). */
const EXPECTED: Record<string, string[]> = {
  REQGROWTH: ["base", "target", "years"],
  REQPOINTS: ["base", "target", "years"],
  CAGR: ["start", "end", "years"],
  REMGROWTH: ["latest", "latestYear", "target", "targetYear"],
  GAP: ["actual", "target", "comparator?", "targetMax?", "kind?", "base?"],
  GAPPCT: ["actual", "target", "comparator?", "targetMax?", "kind?", "base?"],
  PROGRESS: ["base", "latest", "target", "kind?", "comparator?", "targetMax?"],
  TARGETLEVEL: ["base", "target", "kind?"],
  TIMEPROGRESS: ["baseYear", "latestYear", "targetYear"],
  STATUS: [
    "base", "baseYear", "latest", "latestYear", "target", "targetYear", "comparator?", "method?", "tolerance?", "kind?", "targetMax?", "labels?",
    "blanksChecked?",
  ],
  ANTICIPATED: ["base", "baseYear", "latest", "latestYear", "target", "targetYear", "comparator?", "method?", "kind?", "targetMax?"],
  REACHYEAR: ["base", "baseYear", "latest", "latestYear", "target", "targetYear", "comparator?", "method?", "kind?", "targetMax?"],
  TIMEDISTANCE: ["base", "baseYear", "latest", "latestYear", "target", "targetYear", "comparator?", "method?", "kind?", "targetMax?"],
  PROJECT: ["base", "growth", "years"],
  MILESTONES: ["base", "baseYear", "target", "targetYear", "path?"],
  CONVERT: ["value", "fromUnit", "toUnit"],
  PARSE: ["text"],
};
/** Functions whose numeric parameters take ranges (the rest return a table per single input). */
const SCALAR_INPUT = new Set(["MILESTONES", "PARSE"]);

const table = JSON.parse(readFileSync(path.join(root, "src/functions/translations.zh-CN.json"), "utf8")) as Table;

describe("translation table", () => {
  let english: Metadata;
  beforeAll(async () => {
    const r = await generateCustomFunctionsMetadata([path.join(root, "src/functions/functions.ts")], true);
    expect(r.errors).toEqual([]);
    english = JSON.parse(r.metadataJson) as Metadata;
  });

  it("translates every function and parameter, with no stale entries", () => {
    expect(localizeMetadata(english, table).problems).toEqual([]);
  });

  it("reports a missing function, a missing parameter and stale entries", () => {
    const broken: Table = JSON.parse(JSON.stringify(table));
    delete broken["CAGR"];
    delete broken["GAP"]!.parameters["targetMax"];
    broken["OLDFN"] = { title: "旧", description: "旧", parameters: {} };
    broken["PROJECT"]!.parameters["rate"] = { name: "增速", description: "旧" };
    const problems = localizeMetadata(english, broken).problems;
    expect(problems).toEqual(expect.arrayContaining([
      "CAGR: no zh-CN translation",
      'GAP: parameter "targetMax" has no zh-CN name and description',
      "OLDFN: zh-CN translation of a function that no longer exists",
      'PROJECT: zh-CN translates parameter "rate", which no longer exists',
    ]));
    expect(problems).toHaveLength(4);
  });
});

describe("built metadata (dist/)", () => {
  const dist = path.join(root, "dist");
  let en: Metadata;
  let zh: Metadata;

  beforeAll(() => {
    // A fresh clone has no dist/: build it, as `npm run build` would.
    if (!existsSync(path.join(dist, "functions.json")) || !existsSync(path.join(dist, "functions.zh-CN.json"))) {
      execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: root, stdio: "pipe", timeout: 230_000 });
    }
    en = JSON.parse(readFileSync(path.join(dist, "functions.json"), "utf8")) as Metadata;
    zh = JSON.parse(readFileSync(path.join(dist, "functions.zh-CN.json"), "utf8")) as Metadata;
  });

  it("holds every PLAN function with its parameters", () => {
    const got = Object.fromEntries(en.functions.map((f) => [f.id, f.parameters.map((p) => p.name + (p.optional ? "?" : ""))]));
    expect(got).toEqual(EXPECTED);
    for (const f of en.functions) {
      expect(f.name).toBe(f.id);
      expect(f.description.length).toBeGreaterThan(10);
      expect(f.result.dimensionality).toBe("matrix");
      for (const p of f.parameters) {
        expect(p.description, `${f.id}.${p.name}`).toBeTruthy();
        if (!SCALAR_INPUT.has(f.id)) expect(p.dimensionality, `${f.id}.${p.name} takes ranges`).toBe("matrix");
      }
    }
  });

  it("lets error values in input cells reach the functions, in both languages (docs/functions.md)", () => {
    expect(en.allowErrorForDataTypeAny).toBe(true);
    expect(zh.allowErrorForDataTypeAny).toBe(true);
    // No data types: allowCustomDataForDataTypeAny needs CustomFunctionsRuntime 1.4 and crashes Office 2021 together
    // with allowErrorForDataTypeAny (office-js #4385); every flag is one the manifest's requirement set covers.
    for (const m of [en, zh]) {
      expect(m).not.toHaveProperty("allowCustomDataForDataTypeAny");
      expect(flagProblem(m as never, declaredRuntime())).toBeNull();
    }
    // It applies to parameters of type any: every PLAN parameter is one.
    for (const f of en.functions) for (const p of f.parameters) expect(p.type ?? "any", `${f.id}.${p.name}`).toBe("any");
  });

  it("has a zh-CN twin with the same ids, names and parameter types, in Chinese", () => {
    expect(zh.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    zh.functions.forEach((f, i) => {
      const e = en.functions[i]!;
      expect(f.name).toBe(e.name);
      expect(f.description).toMatch(/[\u4e00-\u9fa5]/);
      expect(f.parameters.map((p) => [p.type, p.dimensionality, p.optional])).toEqual(e.parameters.map((p) => [p.type, p.dimensionality, p.optional]));
      for (const p of f.parameters) expect(`${p.name} ${p.description}`).toMatch(/[\u4e00-\u9fa5].* .*[\u4e00-\u9fa5]/);
    });
  });

  it("serves every localhost URL of manifest.xml, so the manifest and the build agree", () => {
    const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
    expect(validateManifest(manifest, { root, dist })).toEqual([]);
    // The build copies the manifest, moved to ADDIN_BASE_URL when that is set; the copy passes too.
    const { addinBaseUrl } = require(path.join(root, "build/addin-base-url.cjs")) as { addinBaseUrl: (v?: string) => string };
    const base = addinBaseUrl(process.env.ADDIN_BASE_URL);
    expect(validateManifest(readFileSync(path.join(dist, "manifest.xml"), "utf8"), { root, dist, base })).toEqual([]);
  });
});
