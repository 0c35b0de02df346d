// Bundles the test-only Excel host (Office shim + fake Excel) into one script for page.addInitScript.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));

/** `readyAfterMs`: how long Office.onReady takes (Office may start slowly). */
export async function excelHostScript(displayLanguage: string, readyAfterMs = 0): Promise<string> {
  const out = await build({
    entryPoints: [path.join(here, "excel-host-entry.ts")],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2020",
    define: { __DISPLAY_LANGUAGE__: JSON.stringify(displayLanguage), __READY_AFTER_MS__: String(readyAfterMs) },
    logLevel: "silent",
  });
  return out.outputFiles[0].text;
}
