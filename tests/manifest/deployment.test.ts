// A production build for the organisation's own server: ADDIN_BASE_URL=https://host/path/ npm run build writes
// dist/ with a manifest whose every URL of the add-in lies under that base, and which passes the offline check.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { allElements, parseXml } from "../../scripts/manifest-xml";
import { validateManifest } from "../../scripts/validate-manifest";

const require = createRequire(import.meta.url);
const root = path.resolve(__dirname, "../..");
const { addinBaseUrl, rebaseManifest } = require(path.join(root, "build/addin-base-url.cjs")) as {
  addinBaseUrl: (value: string | undefined) => string;
  rebaseManifest: (xml: string, base: string) => string;
};

const BASE = "https://plan.example.org/addin/";
// Office's own hosts and the XML namespaces: not URLs of the add-in.
const NOT_OURS = /^https?:\/\/(schemas\.microsoft\.com|www\.w3\.org|[^/]*\.(microsoft\.com|office\.com|office\.net))\//;

/** Every URL the manifest names: in attribute values and in element text. */
function urlsOf(xml: string): string[] {
  return allElements(parseXml(xml)).flatMap((e) => [...Object.values(e.attributes), e.text.trim()]).filter((v) => /^https?:\/\//i.test(v));
}

describe("ADDIN_BASE_URL", () => {
  it("is read as an https folder URL; unset, the dev server's", () => {
    expect(addinBaseUrl(undefined)).toBe("https://localhost:3000/");
    expect(addinBaseUrl("")).toBe("https://localhost:3000/");
    expect(addinBaseUrl("https://plan.example.org/addin")).toBe(BASE);
    expect(addinBaseUrl(" https://plan.example.org/addin/ ")).toBe(BASE);
    expect(addinBaseUrl("https://plan.example.org")).toBe("https://plan.example.org/");
  });

  it.each([
    ["http://plan.example.org/addin/", /must use https/],
    ["plan.example.org/addin/", /is not a URL/],
    ["https://plan.example.org/addin/?v=1", /plain folder URL/],
    ["https://user@plan.example.org/addin/", /plain folder URL/],
  ])("refuses %s", (value, message) => {
    expect(() => addinBaseUrl(value)).toThrow(message);
  });

  it("moves every URL of the manifest under the base and leaves no localhost", () => {
    const rebased = rebaseManifest(readFileSync(path.join(root, "manifest.xml"), "utf8"), BASE);
    expect(rebased).not.toMatch(/localhost/);
    const ours = urlsOf(rebased).filter((u) => !NOT_OURS.test(u));
    expect(ours.length).toBeGreaterThan(10);
    for (const u of ours) expect(u.startsWith(BASE), u).toBe(true);
  });
});

describe(`ADDIN_BASE_URL=${BASE} npm run build`, () => {
  const dist = mkdtempSync(path.join(tmpdir(), "plan-targets-dist-"));
  let manifest: string;

  beforeAll(() => {
    // The real production build (npm run build is webpack --mode production), into a folder of its own.
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", dist], {
      cwd: root,
      env: { ...process.env, ADDIN_BASE_URL: BASE },
      stdio: "pipe",
      timeout: 230_000,
    });
    manifest = readFileSync(path.join(dist, "manifest.xml"), "utf8");
  });

  it("writes dist/manifest.xml with every URL of the add-in under the base, and no localhost", () => {
    expect(manifest).not.toMatch(/localhost/);
    const ours = urlsOf(manifest).filter((u) => !NOT_OURS.test(u));
    expect(ours).toContain(`${BASE}taskpane.html`);
    expect(ours).toContain(`${BASE}functions.json`);
    for (const u of ours) expect(u.startsWith(BASE), u).toBe(true);
  });

  it("passes the offline manifest check, every URL naming a file of the build", () => {
    expect(validateManifest(manifest, { root: dist, dist, base: BASE })).toEqual([]);
  });

  it("fails the check against another base or a missing file, so the check is not empty", () => {
    expect(validateManifest(manifest, { dist, base: "https://other.example.org/addin/" }).join("\n")).toMatch(/uses host plan\.example\.org/);
    expect(validateManifest(manifest, { dist, base: "https://plan.example.org/other/" }).join("\n")).toMatch(/is not under the add-in's base URL/);
    const broken = manifest.replace(`${BASE}functions.js"`, `${BASE}functions-missing.js"`);
    expect(validateManifest(broken, { dist, base: BASE }).join("\n")).toMatch(/the build output has no functions-missing\.js/);
  });
});
