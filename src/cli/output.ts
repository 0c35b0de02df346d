// Writes the CLI's output files: a missing folder is created; any failure is one line naming the file.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export class OutputError extends Error {}

const REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a folder",
  ENOTDIR: "part of the path is a file, not a folder",
  EEXIST: "part of the path is a file, not a folder",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
};

export function writeOutput(file: string, data: string | Uint8Array): void {
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    throw new OutputError(`cannot write ${file}: ${REASONS[code] ?? (code || "write failed")}`);
  }
}
