// Public entry of the pure engine. Everything outside src/core imports from here, except the CLI's extraction
// path, which imports ./extract, ./model and ./text/decode so that it never loads mathjs.
export * from "./model";
export { extract, type ExtractOptions } from "./extract";
export { decodeDocument, DecodeError, type DecodedDocument } from "./text/decode";
export { normalise, toOriginal, type CleanText } from "./text/normalise";
export { readDocument } from "./document/metadata";
export {
  readBulletin, fillFromBulletins, matchTarget, type Bulletin, type BulletinObservation, type FillResult, type TargetFill, type TargetMatch,
} from "./observe";
