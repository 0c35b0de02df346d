// The pane's side of the extraction worker: one request at a time, cancellable by restarting the worker.
import type { ExtractionResult, Target } from "../src/core/model";
import { ExtractFailed } from "./extract-errors";
import type { ExtractInput, ExtractRequest, ExtractResponse } from "./extract-protocol";

export interface ExtractOutcome {
  text: string;
  result: ExtractionResult;
  ms: number;
}

/** A new instance of the pane's worker (extraction and bulletins: one script, one chunk). */
export function startWorker(): Worker {
  return new Worker(/* webpackChunkName: "extract-worker" */ new URL("./extract.worker.ts", import.meta.url));
}

export class ExtractionCancelled extends Error {
  constructor() {
    super("extraction cancelled");
    this.name = "ExtractionCancelled";
  }
}

export class ExtractClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: { id: number; reject: (err: Error) => void } | null = null;

  /** `start`: how a worker is made (the pane's own; a test gives a fake). */
  constructor(private readonly start: () => Worker = startWorker) {}

  private ensureWorker(): Worker {
    if (!this.worker) this.worker = this.start();
    return this.worker;
  }

  /** Runs one extraction; a new call cancels the previous one. */
  run(input: ExtractInput, onStage?: (stage: "reading" | "extracting") => void): Promise<ExtractOutcome> {
    this.cancel();
    const worker = this.ensureWorker();
    const id = this.nextId++;
    const targets: Target[] = [];
    return new Promise<ExtractOutcome>((resolve, reject) => {
      this.pending = { id, reject };
      const onMessage = (event: MessageEvent<ExtractResponse>): void => {
        const msg = event.data;
        // (a message of a run cancelled meanwhile — queued before its worker was stopped — reports nothing: a stage
        // arriving after the cancel would show "Extracting…" over "Extraction cancelled.")
        if (msg.id !== id || this.pending?.id !== id) return;
        if (msg.type === "stage") {
          onStage?.(msg.stage);
          return;
        }
        if (msg.type === "targets") {
          for (const t of msg.targets) targets.push(t);
          return;
        }
        worker.removeEventListener("message", onMessage);
        worker.removeEventListener("error", onError);
        this.pending = null;
        if (msg.type === "error") reject(new ExtractFailed(msg.kind, msg.detail));
        else if (targets.length !== msg.count) reject(new ExtractFailed("internal", `received ${targets.length} of ${msg.count} targets`));
        else resolve({ text: input.source === "text" ? input.text : msg.text, result: { document: msg.document, targets }, ms: msg.ms });
      };
      const onError = (event: ErrorEvent): void => {
        worker.removeEventListener("message", onMessage);
        worker.removeEventListener("error", onError);
        this.pending = null;
        this.worker = null; // a crashed worker is replaced on the next run
        worker.terminate();
        reject(new ExtractFailed("worker", event.message || "the extraction worker stopped"));
      };
      worker.addEventListener("message", onMessage);
      worker.addEventListener("error", onError);
      const request: ExtractRequest = { id, ...input };
      // File bytes are transferred, not copied: the pane does not need them afterwards.
      worker.postMessage(request, input.source === "file" ? [input.bytes] : []);
    });
  }

  /** Stops a running extraction at once (the worker is terminated and started afresh next time). */
  cancel(): boolean {
    if (!this.pending) return false;
    const { reject } = this.pending;
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
    reject(new ExtractionCancelled());
    return true;
  }

  get busy(): boolean {
    return this.pending !== null;
  }
}
