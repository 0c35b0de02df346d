// Extraction worker: reads the document (decode / HTML / .docx) and runs the engine off the pane's thread,
// so even a 10 MB document never blocks typing or scrolling in the pane. It also reads statistical bulletins
// and matches them to the targets (observe.ts).
import { extractTargets } from "./engine";
import { readDocument } from "./document-reader";
import { DocumentReadError } from "./extract-errors";
import { type ExtractRequest, type ExtractResponse, TARGET_BATCH } from "./extract-protocol";
import { type ObserveRequest, type ObserveResponse, isObserveRequest } from "./observe-protocol";

const post = (message: ExtractResponse | ObserveResponse): void => (self as unknown as Worker).postMessage(message);

self.addEventListener("message", (event: MessageEvent<ExtractRequest | ObserveRequest>) => {
  const request = event.data;
  if (isObserveRequest(request)) void handleObserve(request);
  else void handle(request);
});

/** Bulletins: the observe module (and the unit catalogue it converts with) loads only when one is added. */
async function handleObserve(request: ObserveRequest): Promise<void> {
  try {
    const { observe } = await import(/* webpackChunkName: "observe" */ "./observe");
    post(await observe(request));
  } catch (err) {
    post({ id: request.id, type: "error", detail: err instanceof Error ? err.message : String(err) });
  }
}

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
