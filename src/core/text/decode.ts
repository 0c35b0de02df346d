// Bytes → text: UTF-8 (with or without BOM), UTF-16 (with or without BOM), GBK (TextDecoder('gbk')), and binary
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

type Utf16 = "utf-16le" | "utf-16be";

/**
 * UTF-16 without a byte-order mark, told by its zero bytes: text with ASCII in it (digits, years, line
 * breaks) has a zero in one byte of most ASCII characters' pair — the odd bytes in little-endian, the even
 * ones in big-endian — and almost none in the other.
 */
function utf16ByZeros(bytes: Uint8Array): Utf16 | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (pairs === 0) return null;
  if (odd / pairs >= 0.2 && even / pairs <= 0.01) return "utf-16le";
  if (even / pairs >= 0.2 && odd / pairs <= 0.01) return "utf-16be";
  return null;
}

/** Share of the first `limit` code units of a text for which `accept` holds. */
function share(text: string, limit: number, accept: (code: number) => boolean): number {
  const n = Math.min(text.length, limit);
  let hits = 0;
  for (let i = 0; i < n; i++) if (accept(text.charCodeAt(i))) hits++;
  return n === 0 ? 0 : hits / n;
}

/** Code units of Chinese text: CJK ideographs and punctuation, full-width forms, printable ASCII and line breaks. */
const isChineseText = (c: number): boolean =>
  (c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);

/** Control characters other than tab and line breaks. */
const isControl = (c: number): boolean => c < 32 && c !== 9 && c !== 10 && c !== 13;

/**
 * UTF-16 without a byte-order mark and without ASCII (so without zero bytes): accepted when one byte order
 * reads as Chinese text almost throughout. Other encodings read as UTF-16 give scattered code points.
 */
function utf16ByContent(bytes: Uint8Array): DecodedDocument | null {
  if (bytes.length % 2 !== 0) return null;
  // The head decides, so a large GBK file is not decoded twice more in full.
  const head = bytes.subarray(0, Math.min(bytes.length, 40000));
  for (const encoding of ["utf-16le", "utf-16be"] as const) {
    if (share(new TextDecoder(encoding).decode(head), 20000, isChineseText) < 0.95) continue;
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
    } catch {
      return null;
    }
  }
  return null;
}

/** The UTF-16 text the zero bytes suggest, or null when it does not read as text (16-bit binary data). */
function decodeUtf16(bytes: Uint8Array, encoding: Utf16): DecodedDocument | null {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return share(text, 8192, isControl) <= 0.05 ? { text, encoding } : null;
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
  const zeros = utf16ByZeros(bytes);
  const utf16 = zeros && decodeUtf16(bytes, zeros);
  if (utf16) return utf16;
  const binary = looksBinary(bytes);
  if (!binary) {
    try {
      return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
    } catch {
      // not UTF-8: UTF-16 without zero bytes, or GBK, the usual encoding of older Chinese government pages
    }
  }
  // Chinese UTF-16 holds bytes below 32 (〇 is 07 30), so it may look binary: it is tried first.
  const chineseUtf16 = utf16ByContent(bytes);
  if (chineseUtf16) return chineseUtf16;
  if (binary) throw new DecodeError("binary file, not a text document", "binary");
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
