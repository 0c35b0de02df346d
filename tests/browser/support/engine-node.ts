// The engine run directly in Node on the same inputs as the pane, to know what the pane should show.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import * as core from "../../../src/core/index";
import type { ExtractionResult } from "../../../src/core/model";
import { ROOT } from "./ensure-dist";

const api = core as unknown as {
  extract?: (text: string, options?: { docId?: string }) => ExtractionResult;
  decodeDocument?: (bytes: Uint8Array) => string | { text: string };
};

export function seedFile(id: string): string {
  const name = readdirSync(path.join(ROOT, "seeds")).find((f) => f.startsWith(`${id}_`) && f.endsWith(".txt"));
  if (!name) throw new Error(`no seed ${id}`);
  return path.join(ROOT, "seeds", name);
}

export function seedText(id: string): string {
  const bytes = new Uint8Array(readFileSync(seedFile(id)));
  if (typeof api.decodeDocument === "function") {
    const out = api.decodeDocument(bytes);
    return typeof out === "string" ? out : out.text;
  }
  return new TextDecoder("utf-8").decode(bytes);
}

export function extractInNode(text: string, docId: string): ExtractionResult {
  if (typeof api.extract !== "function") throw new Error("the engine's extract() is not exported from src/core yet");
  return api.extract(text, { docId });
}
