// The extraction engine as the pane's worker uses it: bytes → text (UTF-8 / UTF-16 / GBK, binary refused)
// and text → targets.
// From the modules themselves, not the core index: the worker's first chunk stays without the observe module.
import { extract } from "../src/core/extract";
import { DecodeError, decodeDocument } from "../src/core/text/decode";
import { DocumentReadError } from "./extract-errors";
import type { ExtractionResult } from "../src/core/model";

/** `docYear`: the document's year as the user set it; absent, the engine reads it from the document. */
export function extractTargets(text: string, docId: string, docYear?: number): ExtractionResult {
  return extract(text, { docId, docYear });
}

/** Bytes of a text file → text; binary data or undecodable text is a DocumentReadError. */
export function decodeBytes(bytes: Uint8Array): string {
  try {
    return decodeDocument(bytes).text;
  } catch (err) {
    if (err instanceof DecodeError) throw new DocumentReadError(err.kind, err.message);
    throw err;
  }
}
