// The sample documents bundled with the pane (dist/seeds/): file names fixed at build time, titles from
// seeds/index.json when the engine has produced it.
import { docIdFromName } from "./file-kinds";

declare const __SEED_FILES__: string[];

export interface SeedEntry {
  id: string;
  file: string;
  title: string;
}

interface IndexEntry {
  id?: unknown;
  title?: unknown;
  region?: unknown;
  horizon?: unknown;
}

/** Seed list with titles where the index gives one; the index is optional, the files are not. */
export function mergeSeedIndex(files: readonly string[], index: unknown): SeedEntry[] {
  const entries: IndexEntry[] = Array.isArray(index)
    ? index
    : index && typeof index === "object" && Array.isArray((index as { documents?: unknown }).documents)
      ? (index as { documents: IndexEntry[] }).documents
      : [];
  const byId = new Map(entries.filter((e) => typeof e?.id === "string").map((e) => [e.id as string, e]));
  return files.map((file) => {
    const id = docIdFromName(file);
    const e = byId.get(id);
    const title = typeof e?.title === "string" && e.title ? e.title : file;
    return { id, file, title: `${id} · ${title}` };
  });
}

export async function loadSeeds(): Promise<SeedEntry[]> {
  const files = typeof __SEED_FILES__ === "undefined" ? [] : __SEED_FILES__;
  let index: unknown = null;
  try {
    const res = await fetch("seeds/index.json");
    if (res.ok) index = await res.json();
  } catch {
    // No index yet: file names are shown instead of titles.
  }
  return mergeSeedIndex(files, index);
}

export async function loadSeedText(seed: SeedEntry): Promise<ArrayBuffer> {
  const res = await fetch(`seeds/${encodeURIComponent(seed.file)}`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.arrayBuffer();
}
