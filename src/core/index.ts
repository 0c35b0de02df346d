// Public entry of the pure engine. Everything outside src/core imports from here.
export * from "./model";
// The extraction engine adds: export { extract } from "./extract"; export { decodeDocument } from "./text/decode";
