// Targets with the engine's ids (doc id, indicator, value, unit, year and the occurrence of that key), as a
// re-import sees them.
import type { Target } from "../../src/core/model";
import { assignIds } from "../../src/core/extract/refiners/ids";

export function withEngineIds(targets: Target[]): Target[] {
  const copy = targets.map((t) => ({ ...t }));
  assignIds(copy);
  return copy;
}
