// Messages between the pane and its extraction worker.
import type { PlanDocument, Target } from "../src/core/model";
import type { ExtractErrorKind } from "./extract-errors";

/** Targets travel in batches so no single message takes the pane's thread long to receive. */
export const TARGET_BATCH = 1000;

/** The document's year when the user set it (re-dates 今年 / 全年 targets); absent: the engine infers it. */
interface Options {
  docYear?: number;
}

export type ExtractInput =
  | ({ source: "text"; text: string; docId: string } & Options)
  | ({ source: "file"; name: string; bytes: ArrayBuffer; docId: string } & Options);

export type ExtractRequest = { id: number } & ExtractInput;

export type ExtractResponse =
  | { id: number; type: "stage"; stage: "reading" | "extracting" }
  | { id: number; type: "targets"; targets: Target[] }
  | { id: number; type: "done"; text: string; document: PlanDocument; count: number; ms: number }
  | { id: number; type: "error"; kind: Exclude<ExtractErrorKind, "worker">; detail: string };
