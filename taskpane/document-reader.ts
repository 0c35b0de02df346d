// File bytes → plain document text, by file type. Runs inside the extraction worker.
import { decodeBytes } from "./engine";
import { declaredCharset, htmlToText } from "./html-to-text";

export type FileKind = "text" | "html" | "docx";

export const MAX_FILE_MB = 50;

/** The reader for a file name, or null when the type is not supported. */
export function fileKind(name: string): FileKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === "txt" || ext === "text" || ext === "csv" || ext === "md") return "text";
  if (ext === "html" || ext === "htm" || ext === "xhtml") return "html";
  if (ext === "docx") return "docx";
  return null;
}

/** A doc id from a file name: the seed-style 3-digit prefix ("002_…" → "002"), else the base name. */
export function docIdFromName(name: string): string {
  const base = name.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const prefix = /^(\d{3})_/.exec(base);
  return prefix ? prefix[1] : base || "document";
}

function decodeHtml(bytes: Uint8Array): string {
  // A declared legacy charset wins over detection (many government pages are GBK/GB2312).
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const charset = declaredCharset(head);
  if (charset && /^(gbk|gb2312|gb18030|x-gbk)$/.test(charset)) return new TextDecoder("gb18030").decode(bytes);
  return decodeBytes(bytes);
}

async function readDocx(bytes: Uint8Array): Promise<string> {
  // mammoth is large: load it only when a .docx is opened (its own chunk).
  const { docxToText } = await import(/* webpackChunkName: "docx" */ "./docx-to-text");
  return docxToText(bytes);
}

export async function readDocument(name: string, bytes: Uint8Array): Promise<string> {
  const kind = fileKind(name);
  if (!kind) throw new Error(`unsupported file type: ${name}`);
  if (kind === "text") return decodeBytes(bytes);
  if (kind === "html") return htmlToText(decodeHtml(bytes));
  return readDocx(bytes);
}
