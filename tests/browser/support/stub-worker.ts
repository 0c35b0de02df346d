// The pane's extraction worker (taskpane/extract.worker.ts, unchanged) bundled with the stub engine of
// stub-engine.ts in place of taskpane/engine.ts: what the tests serve instead of the built worker.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));
const TASKPANE = path.resolve(here, "../../../taskpane");

export async function stubWorkerScript(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(TASKPANE, "extract.worker.ts")],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2020",
    logLevel: "silent",
    plugins: [
      {
        name: "stub-engine",
        setup(b) {
          // Only the pane's own imports of its engine; the stub itself imports the real one by another path.
          b.onResolve({ filter: /^\.\/engine$/ }, (args) =>
            args.resolveDir === TASKPANE ? { path: path.join(here, "stub-engine.ts") } : undefined,
          );
        },
      },
    ],
  });
  return out.outputFiles[0].text;
}
