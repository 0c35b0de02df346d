// The pane's side of the bulletin worker: one request at a time on a worker of its own, so reading a bulletin
// never cancels an extraction (nor one the other); a new request replaces the one running.
import { ExtractionCancelled, startWorker } from "./extract-client";
import type { ObserveRequest, ObserveResponse, ObserveResult } from "./observe-protocol";

export class ObserveFailed extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = "ObserveFailed";
  }
}

export class ObserveClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: ((err: Error) => void) | null = null;

  run(request: Omit<ObserveRequest, "id" | "type">): Promise<ObserveResult> {
    this.cancel();
    const worker = (this.worker ??= startWorker());
    const id = this.nextId++;
    return new Promise<ObserveResult>((resolve, reject) => {
      const done = (): void => {
        worker.removeEventListener("message", onMessage);
        worker.removeEventListener("error", onError);
        this.pending = null;
      };
      const onMessage = (event: MessageEvent<ObserveResponse>): void => {
        if (event.data.id !== id) return;
        done();
        if (event.data.type === "error") reject(new ObserveFailed(event.data.detail));
        else resolve(event.data);
      };
      const onError = (event: ErrorEvent): void => {
        done();
        this.worker = null; // a crashed worker is replaced on the next run
        worker.terminate();
        reject(new ObserveFailed(event.message || "the worker stopped"));
      };
      this.pending = (err) => {
        done();
        reject(err);
      };
      worker.addEventListener("message", onMessage);
      worker.addEventListener("error", onError);
      // Copied, not transferred: a request cancelled by a newer one is sent again with the same bulletins.
      worker.postMessage({ id, type: "observe", ...request } satisfies ObserveRequest);
    });
  }

  /** Stops the running request (its worker is started afresh next time). */
  cancel(): void {
    if (!this.pending) return;
    const reject = this.pending;
    this.worker?.terminate();
    this.worker = null;
    reject(new ExtractionCancelled());
  }
}
