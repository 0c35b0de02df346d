// The engine run directly in Node on the same inputs as the pane, to know what the pane should show.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { decodeDocument, extract } from "../../../src/core/index";
import type { ExtractionResult } from "../../../src/core/model";
import { ROOT } from "./ensure-dist";

export function seedFile(id: string): string {
  const name = readdirSync(path.join(ROOT, "seeds")).find((f) => f.startsWith(`${id}_`) && f.endsWith(".txt"));
  if (!name) throw new Error(`no seed ${id}`);
  return path.join(ROOT, "seeds", name);
}

export function seedText(id: string): string {
  return decodeDocument(new Uint8Array(readFileSync(seedFile(id)))).text;
}

export function extractInNode(text: string, docId: string): ExtractionResult {
  return extract(text, { docId });
}
