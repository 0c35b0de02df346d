// Messages between the pane and the worker for statistical bulletins: the bulletins (new ones as file bytes or
// pasted text, those read before as text) and the document's targets go in; each bulletin's text and what was
// read from it, and the proposals for the targets, come back.
import type { PlanDocument, Target } from "../src/core/model";
import type { BulletinInfo, Review } from "./bulletin-review";
import type { ReadErrorKind } from "./extract-errors";

/**
 * A bulletin to read: a file's bytes, or text (pasted, or read before) with the name it goes by (null: its title)
 * and the year it reports on when the user gave it (its text does not say).
 */
export type BulletinInput = { name: string; bytes: ArrayBuffer } | { name: string | null; text: string; year?: number };

export interface ObserveRequest {
  id: number;
  type: "observe";
  document: PlanDocument;
  targets: Target[];
  bulletins: BulletinInput[];
  anyRegion: boolean;
}

/** A bulletin as read: its text, or why it could not be (then it gives nothing). */
export type BulletinRead =
  | { ok: true; info: BulletinInfo; text: string }
  | { ok: false; name: string; kind: ReadErrorKind };

export interface ObserveResult {
  id: number;
  type: "observed";
  bulletins: BulletinRead[];
  review: Review;
}

export type ObserveResponse = ObserveResult | { id: number; type: "error"; detail: string };

export const isObserveRequest = (x: object): x is ObserveRequest => (x as { type?: unknown }).type === "observe";
