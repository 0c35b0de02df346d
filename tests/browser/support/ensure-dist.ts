// Builds dist/ with webpack (production) when it is missing or older than any of its sources.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const DIST = path.join(ROOT, "dist");

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const s = statSync(entry);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

export function ensureDist(): void {
  const built = path.join(DIST, "taskpane.html");
  const sources = ["taskpane", "src", "seeds", "webpack.config.js", "build", "manifest.xml"].map((p) => path.join(ROOT, p));
  const newestSource = Math.max(...sources.map(newestMtime));
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource) return;
  // flock keeps two test runs from cleaning dist/ under each other.
  const webpack = [process.execPath, path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production"];
  const [cmd, ...args] = existsSync("/usr/bin/flock") ? ["/usr/bin/flock", path.join(ROOT, "node_modules/.cache-dist.lock"), ...webpack] : webpack;
  execFileSync(cmd, args, {
    cwd: ROOT,
    stdio: "pipe",
  });
}
