// Extraction worker: reads the document (decode / HTML / .docx) and runs the engine off the pane's thread,
// so even a 10 MB document never blocks typing or scrolling in the pane.
import { extractTargets } from "./engine";
import { readDocument } from "./document-reader";
import { DocumentReadError } from "./extract-errors";
import { type ExtractRequest, type ExtractResponse, TARGET_BATCH } from "./extract-protocol";

const post = (message: ExtractResponse): void => (self as unknown as Worker).postMessage(message);

self.addEventListener("message", (event: MessageEvent<ExtractRequest>) => {
  void handle(event.data);
});

async function handle(request: ExtractRequest): Promise<void> {
  const started = performance.now();
  try {
    let text: string;
    if (request.source === "file") {
      post({ id: request.id, type: "stage", stage: "reading" });
      text = await readDocument(request.name, new Uint8Array(request.bytes));
    } else {
      text = request.text;
    }
    post({ id: request.id, type: "stage", stage: "extracting" });
    const result = extractTargets(text, request.docId, request.docYear);
    const { targets } = result;
    for (let i = 0; i < targets.length; i += TARGET_BATCH) {
      post({ id: request.id, type: "targets", targets: targets.slice(i, i + TARGET_BATCH) });
    }
    // Pasted text is already in the pane: only a file's decoded text is sent back.
    const back = request.source === "file" ? text : "";
    post({ id: request.id, type: "done", text: back, document: result.document, count: targets.length, ms: Math.round(performance.now() - started) });
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    post({ id: request.id, type: "error", kind: err instanceof DocumentReadError ? err.kind : "internal", detail });
  }
}
