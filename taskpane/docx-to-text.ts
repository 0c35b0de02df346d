// .docx → text with mammoth's browser build (its lib/ needs Node modules). Loaded as a separate chunk.
// @ts-expect-error: the prebuilt browser bundle ships no type declarations; its API is mammoth's (lib/index.d.ts).
import mammothBrowser from "mammoth/mammoth.browser.js";
import { DocumentReadError } from "./extract-errors";

interface Mammoth {
  extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string; messages: { message: string }[] }>;
}

export async function docxToText(bytes: Uint8Array): Promise<string> {
  const mammoth = mammothBrowser as Mammoth;
  const copy = bytes.slice().buffer; // mammoth wants a whole ArrayBuffer of its own
  try {
    const result = await mammoth.extractRawText({ arrayBuffer: copy });
    return result.value.replace(/\n{3,}/g, "\n\n").trim();
  } catch (err) {
    throw new DocumentReadError("docx", `not a readable .docx file (${err instanceof Error ? err.message : String(err)})`);
  }
}
