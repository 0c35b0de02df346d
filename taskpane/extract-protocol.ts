// Messages between the pane and its extraction worker.
import type { ExtractionResult } from "../src/core/model";

export type ExtractRequest =
  | { id: number; source: "text"; text: string; docId: string }
  | { id: number; source: "file"; name: string; bytes: ArrayBuffer; docId: string };

export type ExtractResponse =
  | { id: number; type: "stage"; stage: "reading" | "extracting" }
  | { id: number; type: "done"; text: string; result: ExtractionResult; ms: number }
  | { id: number; type: "error"; message: string };
