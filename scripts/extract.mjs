// `npm run extract`: runs the CLI (src/cli/main.ts) from a bundle of it that esbuild writes under .cache/cli/ on the
// first run and again whenever a file it was built from changes (each source, package.json, tsconfig.json, this file).
// A process then starts in about 0.1 s, against 0.3 s through tsx (transpiling and loading some 130 modules through
// its loader thread, with their source maps) and 0.45 s through the tsx command (a second node process). The npm
// packages stay outside the bundle, loaded from node_modules as before, and the CLI's dynamic imports (the workbook,
// the bulletins) stay dynamic. Without esbuild, or when the build or the cache fails, the CLI runs through tsx.
// The node flags are in package.json's script (see bench/extract.bench.ts, which runs that command).
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const entry = path.join(root, "src", "cli", "main.ts");
const cacheDir = path.join(root, ".cache", "cli");
const stampFile = path.join(cacheDir, "stamp.json");
const self = path.relative(root, fileURLToPath(import.meta.url));
/** Files a build depends on beside the ones esbuild reads (esbuild's own package.json: another esbuild builds again). */
const ALWAYS = ["package.json", "tsconfig.json", self, "node_modules/esbuild/package.json"];

/** [file relative to the root, mtime ms, size] — a file gone is [file, -1, -1]. */
function statOf(file) {
  try {
    const s = statSync(path.join(root, file));
    return [file, s.mtimeMs, s.size];
  } catch {
    return [file, -1, -1];
  }
}

/** The bundle's main file when the last build is still the sources', else null. */
function cached() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, "utf8"));
  } catch {
    return null;
  }
  for (const [file, mtime, size] of stamp.inputs) {
    const [, m, s] = statOf(file);
    if (m !== mtime || s !== size) return null;
  }
  return path.join(cacheDir, stamp.dir, "main.js");
}

/** Builds the bundle into a directory of its own, then points the stamp at it; returns its main file. */
async function build() {
  const esbuild = await import("esbuild");
  const started = Date.now();
  const dir = `${started.toString(36)}-${process.pid}`;
  const outdir = path.join(cacheDir, dir);
  const result = await esbuild.build({
    absWorkingDir: root, entryPoints: [entry], outdir, bundle: true, splitting: true, format: "esm", platform: "node",
    packages: "external", metafile: true, logLevel: "silent",
  });
  // a file changed while it was read is stamped as changed, so the next run builds again
  const inputs = [...new Set([...ALWAYS, ...Object.keys(result.metafile.inputs)])].map(statOf)
    .map(([file, mtime, size]) => (mtime >= started - 2000 ? [file, -2, size] : [file, mtime, size]));
  const tmp = `${stampFile}.${process.pid}`;
  writeFileSync(tmp, JSON.stringify({ dir, inputs }));
  renameSync(tmp, stampFile);
  // earlier builds an hour old go (a process still running from one may yet load its workbook chunk)
  for (const old of readdirSync(cacheDir)) {
    const p = path.join(cacheDir, old);
    try {
      const s = old !== dir ? statSync(p) : null;
      if (s !== null && s.isDirectory() && s.mtimeMs < started - 3600_000) rmSync(p, { recursive: true, force: true });
    } catch { /* another run removed it */ }
  }
  return path.join(outdir, "main.js");
}

let main = cached();
if (main === null) {
  try {
    mkdirSync(cacheDir, { recursive: true });
    main = await build();
  } catch {
    main = null;
  }
}
if (main === null) {
  const { register } = await import("tsx/esm/api");
  register();
  main = entry;
}
// the CLI runs when it is the script node was started with (src/cli/main.ts checks process.argv[1])
process.argv[1] = main;
await import(pathToFileURL(main).href);
