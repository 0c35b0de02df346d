// The extraction engine as the pane's worker uses it: bytes → text (UTF-8 / UTF-16 / GBK, binary refused)
// and text → targets.
import { decodeDocument, extract } from "../src/core/index";
import type { ExtractionResult } from "../src/core/model";

export function extractTargets(text: string, docId: string): ExtractionResult {
  return extract(text, { docId });
}

/** Bytes of a text file → text; throws a readable error on binary data or undecodable text. */
export function decodeBytes(bytes: Uint8Array): string {
  return decodeDocument(bytes).text;
}
