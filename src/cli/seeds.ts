// The bundled seed documents, read and extracted exactly as `npm run demo` does (also used by the
// illustrative-actuals script, the workbook tests and the screenshot script).
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extract, type ExtractionResult } from "../core";
import { readInput } from "./read-input";

export const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface SeedResults {
  results: ExtractionResult[];
  /** Original text per document id (for the source-sentence column). */
  texts: Map<string, string>;
}

export function seedResults(): SeedResults {
  const dir = path.join(ROOT, "seeds");
  const files = readdirSync(dir).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort();
  const texts = new Map<string, string>();
  const results = files.map((f) => {
    const input = readInput(path.join(dir, f));
    texts.set(input.docId, input.text);
    return extract(input.text, { docId: input.docId });
  });
  return { results, texts };
}
