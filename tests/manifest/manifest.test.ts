// The offline manifest check: the real manifest passes, and each kind of breakage is caught.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateManifest } from "../../scripts/validate-manifest";
import { allElements, localName, parseXml } from "../../scripts/manifest-xml";

const root = path.resolve(__dirname, "../..");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");

/** Replaces one exact piece of the manifest, failing loudly if the piece is not there. */
function mutate(from: string, to: string): string {
  expect(manifest.includes(from), `manifest contains ${from}`).toBe(true);
  return manifest.replace(from, to);
}

describe("manifest.xml", () => {
  it("passes every offline check, including its icon files", () => {
    expect(validateManifest(manifest, { root })).toEqual([]);
  });

  it("declares the PLAN namespace, the shared runtime and the zh-CN metadata", () => {
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="PLAN"\/>/);
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(manifest).toMatch(/<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/functions.zh-CN.json"\/>/);
  });
});

/** APIs the add-in calls and the requirement set each needs (Microsoft's API reference, "API set" remarks). */
const API_SETS: [string, RegExp, string, string][] = [
  ["CustomFunctions.Error", /\bCustomFunctions\.Error\b/, "CustomFunctionsRuntime", "1.2"],
  ["custom functions", /@customfunction\b/, "CustomFunctionsRuntime", "1.1"],
  ["worksheet custom properties", /\.customProperties\b/, "ExcelApi", "1.12"],
  ["data validation", /\.dataValidation\b/, "ExcelApi", "1.8"],
  ["frozen panes", /\.freezePanes\b/, "ExcelApi", "1.7"],
  ["conditional formats", /\.conditionalFormats\b/, "ExcelApi", "1.6"],
  ["suspended calculation", /suspendApiCalculationUntilNextSync/, "ExcelApi", "1.6"],
  ["null objects", /getItemOrNullObject/, "ExcelApi", "1.4"],
  ["waiting for cell edit mode", /delayForCellEdit/, "ExcelApi", "1.11"],
  ["special cells", /getSpecialCellsOrNullObject/, "ExcelApi", "1.9"],
  ["copying ranges", /\.copyFrom\(/, "ExcelApi", "1.9"],
  ["ranges by indexes", /getRangeByIndexes/, "ExcelApi", "1.7"],
  ["table rows of several rows", /\.rows\.add\(/, "ExcelApi", "1.4"],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const versionAtLeast = (have: string, need: string): boolean => {
  const [a, b] = [have, need].map((v) => v.split(".").map(Number));
  return a![0]! > b![0]! || (a![0] === b![0] && (a![1] ?? 0) >= (b![1] ?? 0));
};

describe("requirement sets", () => {
  const declared = new Map(
    allElements(parseXml(manifest)).filter((e) => localName(e) === "Set").map((e) => [e.attributes["Name"]!, e.attributes["MinVersion"] ?? "1.1"]),
  );
  const code = ["src", "taskpane"].flatMap((d) => sourceFiles(path.join(root, d))).map((f) => [f, readFileSync(f, "utf8")] as const);

  it.each(API_SETS)("the manifest requires what %s needs", (_, pattern, set, version) => {
    const users = code.filter(([, text]) => pattern.test(text)).map(([f]) => path.relative(root, f));
    expect(users.length, `some source uses ${pattern}`).toBeGreaterThan(0);
    expect(declared.has(set), `<Set Name="${set}"> (used in ${users.join(", ")})`).toBe(true);
    expect(versionAtLeast(declared.get(set)!, version), `${set} ${declared.get(set)} < ${version} (used in ${users.join(", ")})`).toBe(true);
  });
});

describe("offline manifest check catches", () => {
  const cases: [string, string, string, RegExp][] = [
    ["a tag closed by the wrong name", "</DisplayName>", "</Description>", /not well-formed XML: line \d+: <\/Description> closes <DisplayName>/],
    ["an unescaped ampersand", 'DefaultValue="Plan Targets">', 'DefaultValue="Plan & Targets">', /not well-formed.*&amp;/],
    ["a resid naming nothing", '<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>', /resid "Group.Lable" on <Label> names no/],
    ["a resid of the wrong kind", '<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Taskpane.Url"/>', /names a Url, expected ShortString/],
    ["an http URL", 'DefaultValue="https://localhost:3000/assets/icon-16.png"', 'DefaultValue="http://localhost:3000/assets/icon-16.png"', /is not https/],
    ["a foreign host", '<bt:Url id="Functions.Script.Url" DefaultValue="https://localhost:3000/functions.js"/>', '<bt:Url id="Functions.Script.Url" DefaultValue="https://cdn.example.com/functions.js"/>', /uses host cdn.example.com/],
    ["a duplicate resource id", '<bt:Url id="GetStarted.LearnMoreUrl"', '<bt:Url id="Taskpane.Url"', /resource id "Taskpane.Url" is used twice/],
    ["a duplicate control id", 'id="PlanTargets.TaskpaneButton"', 'id="PlanTargets.Group"', /id "PlanTargets.Group" is also used/],
    ["a short-lived runtime", 'lifetime="long"', 'lifetime="short"', /lifetime="long"/],
    ["functions on their own page", '<Page>\n              <SourceLocation resid="Taskpane.Url"/>', '<Page>\n              <SourceLocation resid="Functions.Script.Url"/>', /custom functions page .* is not the shared runtime/],
    ["a function file outside the runtime", '<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="GetStarted.LearnMoreUrl"/>', /FunctionFile .* is not the shared runtime/],
    ["a missing SharedRuntime requirement", '<Set Name="SharedRuntime" MinVersion="1.1"/>', "", /SharedRuntime/],
    ["a metadata URL that is not JSON", 'DefaultValue="https://localhost:3000/functions.json"', 'DefaultValue="https://localhost:3000/functions.js"', /does not name a .json file/],
    ["a missing required element", "<Permissions>ReadWriteDocument</Permissions>", "", /missing required element <Permissions>/],
    ["the wrong permission", "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>", /expected ReadWriteDocument/],
    ["elements out of order", "<Version>1.0.0.0</Version>\n  <ProviderName>Plan Targets</ProviderName>", "<ProviderName>Plan Targets</ProviderName>\n  <Version>1.0.0.0</Version>", /out of the schema's order/],
    ["a missing zh-CN string", '<bt:Override Locale="zh-CN" Value="规划目标"/>\n        </bt:String>\n      </bt:ShortStrings>', "</bt:String>\n      </bt:ShortStrings>", /TaskpaneButton.Label has no zh-CN override/],
    ["a missing icon size", '<bt:Image size="80" resid="Icon.80x80"/>\n                </Icon>\n                <Control', "</Icon>\n                <Control", /lacks a 80px image/],
    ["an icon file that does not exist", 'DefaultValue="https://localhost:3000/assets/icon-80.png"', 'DefaultValue="https://localhost:3000/assets/icon-81.png"', /icon-81.png, which does not exist/],
    ["a localised namespace", '<bt:String id="Functions.Namespace" DefaultValue="PLAN"/>', '<bt:String id="Functions.Namespace" DefaultValue="PLAN"><bt:Override Locale="zh-CN" Value="规划"/></bt:String>', /namespace must not be localised/],
  ];
  it.each(cases)("%s", (_, from, to, problem) => {
    const problems = validateManifest(mutate(from, to), { root });
    expect(problems.join("\n")).toMatch(problem);
  });

  it("reports the line of a problem", () => {
    const bad = mutate('<Label resid="Group.Label"/>', '<Label resid="Nope"/>');
    const line = bad.split("\n").findIndex((l) => l.includes('resid="Nope"')) + 1;
    expect(validateManifest(bad)).toContain(`line ${line}: resid "Nope" on <Label> names no bt:Image, bt:Url or bt:String`);
  });
});

describe("XML reader", () => {
  it("reads attributes, entities, CDATA and nesting", () => {
    const doc = parseXml('<?xml version="1.0"?><a x="1 &amp; 2"><!-- c --><b>t&lt;</b><c><![CDATA[<raw>]]></c></a>');
    expect(doc.attributes["x"]).toBe("1 & 2");
    expect(doc.children.map((c) => [c.name, c.text])).toEqual([["b", "t<"], ["c", "<raw>"]]);
  });
  it.each([
    ["<a><b></a>", /closes <b>/],
    ["<a></a><b/>", /more than one root/],
    ['<a x="1" x="2"/>', /duplicate attribute/],
    ["<a>", /never closed/],
    ["<a x=1/>", /malformed attribute/],
    ["<!DOCTYPE a><a/>", /DOCTYPE/],
  ])("rejects %s", (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });
});
