// Which files the pane reads, and doc ids from file names. Kept apart from the readers so the pane's main
// bundle does not pull in the engine (it runs in the worker).

export type FileKind = "text" | "html" | "docx";

export const MAX_FILE_MB = 50;

/** The reader for a file name, or null when the type is not supported. */
export function fileKind(name: string): FileKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  // (markdown is text: the engine reads its marks as the layout they stand for)
  if (ext === "txt" || ext === "text" || ext === "md" || ext === "markdown") return "text";
  if (ext === "html" || ext === "htm") return "html";
  if (ext === "docx") return "docx";
  return null;
}

/** A doc id from a file name: the seed-style 3-digit prefix ("002_…" → "002"), else the base name. */
export function docIdFromName(name: string): string {
  const base = name.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const prefix = /^(\d{3})_/.exec(base);
  return prefix ? prefix[1] : base || "document";
}
