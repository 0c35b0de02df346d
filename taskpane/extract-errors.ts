// Why reading or extracting a document failed, as kinds the pane words in its own language (the engine's and
// the browser's messages are English and technical: they go to the console, not to the user).
import type { StringKey } from "./i18n";

/** A document that cannot be read: an unsupported type, binary bytes, an unknown encoding, a broken .docx. */
export type ReadErrorKind = "unsupported" | "binary" | "encoding" | "docx";

/** Every way an extraction can fail: a read error, a fault of the engine, or the worker itself stopping. */
export type ExtractErrorKind = ReadErrorKind | "internal" | "worker";

export class DocumentReadError extends Error {
  constructor(
    readonly kind: ReadErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "DocumentReadError";
  }
}

/** An extraction that failed, with its kind and the technical detail. */
export class ExtractFailed extends Error {
  constructor(
    readonly kind: ExtractErrorKind,
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = "ExtractFailed";
  }
}

/** The message shown for each kind ({name} is the file's name). */
export const EXTRACT_ERROR_KEYS: Record<ExtractErrorKind, StringKey> = {
  unsupported: "errorType",
  binary: "errorBinary",
  encoding: "errorEncoding",
  docx: "errorDocx",
  internal: "errorExtract",
  worker: "errorWorker",
};
