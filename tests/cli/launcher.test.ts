// npm run extract's launcher (scripts/extract.mjs: the CLI from a bundle esbuild keeps in .cache/cli/) writes what the
// CLI run through tsx writes, and exits as it does.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, cli } from "./run-cli";

function launched(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const script: string = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts.extract;
  const words = script.trim().split(/\s+/);
  const r = spawnSync(process.execPath, [...words.slice(1), ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run extract's launcher", () => {
  const seeds = ["seeds/000_454fb678136a20a2.txt", "seeds/004_6598c0edc5eceb15.txt"].map((f) => path.join(ROOT, f));
  it.each(["json", "mentions", "csv", "table"])("--format %s is the CLI's", (format) => {
    const a = launched("--format", format, ...seeds);
    const b = cli("--format", format, ...seeds);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stderr).toBe(b.stderr);
  }, 60_000);

  it("a missing file is one line on stderr and exit code 2, as in the CLI", () => {
    const a = launched("--format", "json", path.join(ROOT, "nope.txt"));
    expect(a.code).toBe(2);
    expect(a.stderr).toBe(cli("--format", "json", path.join(ROOT, "nope.txt")).stderr);
  }, 60_000);
});
