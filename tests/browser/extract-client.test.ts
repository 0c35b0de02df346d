// The pane's extraction client with a fake worker: a run cancelled while its worker's messages are still queued reports
// nothing more (the browser test races a real worker; this pins the order).
import { describe, expect, it } from "vitest";
import { ExtractClient, ExtractionCancelled } from "../../taskpane/extract-client";
import type { ExtractRequest, ExtractResponse } from "../../taskpane/extract-protocol";

/** A worker that keeps what it is sent and delivers what the test posts as its replies. */
class FakeWorker extends EventTarget {
  requests: ExtractRequest[] = [];
  terminated = false;
  postMessage(request: ExtractRequest): void {
    this.requests.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(msg: ExtractResponse): void {
    this.dispatchEvent(new MessageEvent("message", { data: msg }));
  }
}

describe("extraction client", () => {
  it("a stage queued before a cancel is not reported after it", async () => {
    const workers: FakeWorker[] = [];
    const client = new ExtractClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    });
    const stages: string[] = [];
    const run = client.run({ source: "text", text: "全年新增就业2万人。", docId: "d" }, (stage) => stages.push(stage));
    const id = workers[0].requests[0].id;
    workers[0].reply({ id, type: "stage", stage: "reading" });
    expect(client.cancel()).toBe(true);
    await expect(run).rejects.toBeInstanceOf(ExtractionCancelled);
    // (the worker was stopped, but a message it had already sent may still be delivered)
    workers[0].reply({ id, type: "stage", stage: "extracting" });
    expect(stages).toEqual(["reading"]);
    expect(workers[0].terminated).toBe(true);
    expect(client.busy).toBe(false);
  });
});
