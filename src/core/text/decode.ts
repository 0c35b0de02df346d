// Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, GBK (TextDecoder('gbk')), and binary
// detection. Every failure is a DecodeError with a one-line message and a kind a UI can word in its language.

export class DecodeError extends Error {
  constructor(
    message: string,
    /** binary: not text at all; encoding: text in an encoding other than UTF-8, UTF-16 or GBK. */
    readonly kind: "binary" | "encoding",
  ) {
    super(message);
    this.name = "DecodeError";
  }
}

export interface DecodedDocument {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "gbk";
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Share of CJK ideographs among non-ASCII characters: high for a real GBK decode of Chinese text. */
function cjkShare(text: string): number {
  let nonAscii = 0;
  let cjk = 0;
  for (let i = 0; i < text.length && i < 20000; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) continue;
    nonAscii++;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) cjk++;
  }
  return nonAscii === 0 ? 1 : cjk / nonAscii;
}

export function decodeDocument(bytes: Uint8Array): DecodedDocument {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  if (looksBinary(bytes)) throw new DecodeError("binary file, not a text document", "binary");
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // not UTF-8: try GBK, the usual encoding of older Chinese government pages
  }
  let gbk: string;
  try {
    gbk = new TextDecoder("gbk", { fatal: true }).decode(bytes);
  } catch {
    throw new DecodeError("not valid UTF-8 or GBK text", "encoding");
  }
  if (cjkShare(gbk) < 0.6) throw new DecodeError("not valid UTF-8 text (and does not read as Chinese GBK)", "encoding");
  return { text: gbk, encoding: "gbk" };
}

function strictUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DecodeError("invalid UTF-8 after a UTF-8 byte-order mark", "encoding");
  }
}
