// Messages between the pane and its extraction worker.
import type { PlanDocument, Target } from "../src/core/model";

/** Targets travel in batches so no single message takes the pane's thread long to receive. */
export const TARGET_BATCH = 1000;

export type ExtractRequest =
  | { id: number; source: "text"; text: string; docId: string }
  | { id: number; source: "file"; name: string; bytes: ArrayBuffer; docId: string };

export type ExtractResponse =
  | { id: number; type: "stage"; stage: "reading" | "extracting" }
  | { id: number; type: "targets"; targets: Target[] }
  | { id: number; type: "done"; text: string; document: PlanDocument; count: number; ms: number }
  | { id: number; type: "error"; message: string };
