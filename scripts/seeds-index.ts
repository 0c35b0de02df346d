// Writes seeds/index.json: per seed document, the metadata the engine reads from the document itself.
// usage: npx tsx scripts/seeds-index.ts [--check]   (--check exits 1 when the file is stale)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decodeDocument, extract, type PlanDocument } from "../src/core";

export interface SeedIndexEntry extends PlanDocument {
  file: string;
}

export const SEEDS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "seeds");

export function buildSeedIndex(dir = SEEDS_DIR): SeedIndexEntry[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((file) => {
      const { text } = decodeDocument(readFileSync(path.join(dir, file)));
      const { document } = extract(text, { docId: file.slice(0, 3) });
      return { file, ...document };
    });
}

export function renderSeedIndex(entries: SeedIndexEntry[]): string {
  return JSON.stringify(entries, null, 2) + "\n";
}

const isMain = process.argv[1] !== undefined && /seeds-index\.[tj]s$/.test(process.argv[1]);
if (isMain) {
  const out = path.join(SEEDS_DIR, "index.json");
  const body = renderSeedIndex(buildSeedIndex());
  if (process.argv.includes("--check")) {
    let current = "";
    try { current = readFileSync(out, "utf8"); } catch { /* missing counts as stale */ }
    if (current !== body) {
      process.stderr.write("seeds/index.json is stale: run npx tsx scripts/seeds-index.ts\n");
      process.exitCode = 1;
    }
  } else {
    writeFileSync(out, body);
    process.stdout.write(`wrote ${path.relative(process.cwd(), out)}\n`);
  }
}
