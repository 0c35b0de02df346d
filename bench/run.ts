// Runs every bench/*.bench.ts in turn; each default-exports an async function that prints its figures.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const f of files) {
  console.log(`\n## ${f.replace(".bench.ts", "")}`);
  const mod = await import(pathToFileURL(path.join(here, f)).href);
  await mod.default();
}
