// File bytes → plain document text, by file type. Runs inside the extraction worker.
import { decodeBytes } from "./engine";
import { declaredCharset, htmlToText } from "./html-to-text";
import { fileKind } from "./file-kinds";
import { DocumentReadError } from "./extract-errors";

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
  if (!kind) throw new DocumentReadError("unsupported", `unsupported file type: ${name}`);
  if (kind === "text") return decodeBytes(bytes);
  if (kind === "html") return htmlToText(decodeHtml(bytes));
  return readDocx(bytes);
}
