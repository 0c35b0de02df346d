import { MeasureError } from "../../src/core/measure";

/** The Excel error kind a measure throws (value, num, na, div0), "other" for any other error, null when it returns. */
export function errorKind(f: () => unknown): string | null {
  try {
    f();
    return null;
  } catch (e) {
    return e instanceof MeasureError ? e.kind : "other";
  }
}
