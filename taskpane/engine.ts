// The extraction engine as the pane uses it: extract(text, { docId }) and bytes → text decoding.
// Looked up by name on the engine's public entry so the pane keeps building while the engine's API grows.
import * as core from "../src/core/index";
import type { ExtractionResult } from "../src/core/model";

type ExtractFn = (text: string, options?: { docId?: string }) => ExtractionResult;
type DecodeFn = (bytes: Uint8Array) => string | { text: string };

const api = core as unknown as { extract?: ExtractFn; decodeDocument?: DecodeFn };

export function extractTargets(text: string, docId: string): ExtractionResult {
  if (typeof api.extract !== "function") throw new Error("the extraction engine is not part of this build");
  return api.extract(text, { docId });
}

/** Bytes of a text file → text, detecting UTF-8, UTF-16 (BOM) and GBK; throws a readable error on binary data. */
export function decodeBytes(bytes: Uint8Array): string {
  if (typeof api.decodeDocument === "function") {
    const out = api.decodeDocument(bytes);
    return typeof out === "string" ? out : out.text;
  }
  return fallbackDecode(bytes);
}

/** Used only until the engine's decoder is present: BOMs, strict UTF-8, then GB18030 (a superset of GBK). */
function fallbackDecode(bytes: Uint8Array): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes.subarray(0, 8192).includes(0)) throw new Error("this looks like a binary file, not text");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}
