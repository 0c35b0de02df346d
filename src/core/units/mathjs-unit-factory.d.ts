// mathjs exports the factory of its Unit class at run time (lib/esm/factoriesAny.js) but its type
// declarations omit it; this declares the one factory convert.ts uses.
import "mathjs";

declare module "mathjs" {
  export const createUnitClass: (dependencies: Record<string, unknown>) => unknown;
}
