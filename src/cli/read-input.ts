// Reads one input file for the CLI and turns every failure into a one-line message (no stack traces).
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { decodeDocument, DecodeError } from "../core/text/decode";

export class InputError extends Error {}

export interface InputDocument {
  path: string;
  docId: string;
  text: string;
  encoding: string;
}

/** A seed's id is its three-digit prefix (000_454fb….txt → 000); any other file uses its base name. */
export function docIdFor(file: string): string {
  const base = path.basename(file);
  const seed = /^(\d{3})_/.exec(base);
  return seed ? seed[1] : base.replace(/\.[^.]+$/, "");
}

/**
 * A distinct document id for each file, in command-line order: the first keeps its name, later files with the
 * same name (compared ignoring case, as Excel compares table names) get "-2", "-3" …, so their target ids,
 * sheets and tables never merge.
 */
export function docIdsFor(files: string[]): string[] {
  const taken = new Set<string>();
  return files.map((file) => {
    const base = docIdFor(file);
    let id = base;
    for (let k = 2; taken.has(id.toLowerCase()); k++) id = `${base}-${k}`;
    taken.add(id.toLowerCase());
    return id;
  });
}

export function readInput(file: string, docId = docIdFor(file)): InputDocument {
  let stat;
  try {
    stat = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === "ENOENT" ? `${file}: no such file` : `${file}: cannot read (${code ?? "error"})`);
  }
  if (stat.isDirectory()) throw new InputError(`${file}: is a directory, not a document`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new InputError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
  if (bytes.length === 0) return { path: file, docId, text: "", encoding: "utf-8" };
  try {
    const { text, encoding } = decodeDocument(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { path: file, docId, text, encoding };
  } catch (e) {
    if (e instanceof DecodeError) throw new InputError(`${file}: ${e.message}`);
    throw e;
  }
}
