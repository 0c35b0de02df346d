// Public entry of the pure engine. Everything outside src/core imports from here.
export * from "./model";
export { extract, type ExtractOptions } from "./extract";
export { decodeDocument, DecodeError, type DecodedDocument } from "./text/decode";
export { normalise, toOriginal, type CleanText } from "./text/normalise";
export { readDocument } from "./document/metadata";
