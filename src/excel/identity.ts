// Which document a table belongs to. A document is known by what the user sees (the file name, or the title of
// pasted text) and by a fingerprint of its text. Re-importing the same text is always the same document; a
// revision (new text under the same name) is the same document only when its title and issuer agree, or, when
// a title is unknown, when most of the table's rows find their target in it. Nothing else is ever merged.
import type { PlanDocument } from "../core/model";
import { TABLE_RELEASE } from "../core/sheet";

export interface DocumentIdentity {
  /** What the user knows the document by: the doc id of its file name, or, for pasted text, its title or content. */
  key: string;
  /** Hash of the document's text ("" when unknown): equal fingerprints are the same document. */
  fingerprint: string;
}

/** The metadata a table remembers of its document (a worksheet custom property, as JSON). */
export interface StoredDocument {
  fingerprint: string;
  title: string | null;
  issuer: string | null;
  region: string | null;
  docNumber: string | null;
  /** The release whose columns the table was written with (null: the first release, which did not record it). */
  release: string | null;
}

/** Worksheet custom property holding the StoredDocument of the sheet's table. */
export const DOCUMENT_PROPERTY = "PlanTargets.document";

/** Worksheet custom property that marks a sheet as made by the add-in, holding the document's identity key. */
export const OWNER_PROPERTY = "PlanTargets.docId";

/** Share of a table's rows that must find their target in a document of unknown title to count as its revision. */
export const REVISION_OVERLAP = 0.5;

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits: a fingerprint, not a security hash. */
export function hash64(text: string): string {
  let h1 = 0x811c9dc5, h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 7);
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}

/** The fingerprint of a document's text: line ends and runs of white space do not count. */
export function fingerprint(text: string): string {
  return hash64(text.replace(/\s+/g, " ").trim());
}

/**
 * The identity of a document the pane extracted: a file (or bundled seed) is known by its doc id, pasted text
 * by its title, or, untitled, by its content, so two different pastes never share a table.
 */
export function documentIdentity(source: { docId: string; pasted: boolean }, text: string, doc: Pick<PlanDocument, "title">): DocumentIdentity {
  const print = fingerprint(text);
  if (!source.pasted) return { key: source.docId, fingerprint: print };
  const title = doc.title?.trim();
  return { key: `${source.docId}-${title ? hash64(title).slice(0, 8) : print.slice(0, 8)}`, fingerprint: print };
}

export function storedDocument(doc: PlanDocument, identity: DocumentIdentity): StoredDocument {
  return { fingerprint: identity.fingerprint, title: doc.title, issuer: doc.issuer, region: doc.region, docNumber: doc.docNumber, release: TABLE_RELEASE };
}

/** Marks a sheet as the add-in's table of the document: the last thing an import writes. */
export function markOwner(ws: Excel.Worksheet, doc: PlanDocument, identity: DocumentIdentity): void {
  ws.customProperties.add(OWNER_PROPERTY, identity.key);
  ws.customProperties.add(DOCUMENT_PROPERTY, JSON.stringify(storedDocument(doc, identity)));
}

/** The stored metadata of a sheet, or null when absent or unreadable (tables of earlier versions). */
export function parseStoredDocument(json: string | null | undefined): StoredDocument | null {
  if (!json) return null;
  try {
    const x = JSON.parse(json) as Partial<StoredDocument>;
    const text = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);
    return {
      fingerprint: text(x.fingerprint) ?? "", title: text(x.title), issuer: text(x.issuer), region: text(x.region), docNumber: text(x.docNumber),
      release: text(x.release),
    };
  } catch {
    return null;
  }
}

const same = (a: string | null, b: string | null): boolean => a === null || b === null || a.trim() === b.trim();

/**
 * Is the document (with `identity`) the one a table was made from? `overlap` is the share of the table's rows
 * that found their target in the document (null for a table without rows).
 */
export function sameDocument(stored: StoredDocument | null, doc: PlanDocument, identity: DocumentIdentity, overlap: number | null): boolean {
  if (stored?.fingerprint && identity.fingerprint && stored.fingerprint === identity.fingerprint) return true;
  if (stored?.title && doc.title) {
    return same(stored.title, doc.title) && same(stored.issuer, doc.issuer) && same(stored.region, doc.region) && same(stored.docNumber, doc.docNumber);
  }
  return overlap === null || overlap >= REVISION_OVERLAP;
}

const TABLE_PREFIX = "PlanTargets_";

/**
 * The table name for a document key: PlanTargets_<key> when the key is plain ASCII (seed "000" →
 * PlanTargets_000), else its ASCII letters and a hash of the whole key, so keys differing only in other letters
 * (规划 and 方案) never share a name. Always a valid Excel name: a letter first, no cell reference, ≤ 255 chars.
 */
export function tableBaseName(key: string): string {
  if (/^[A-Za-z0-9_]+$/.test(key)) return `${TABLE_PREFIX}${key}`.slice(0, 255);
  const ascii = key.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  return `${TABLE_PREFIX}${ascii ? `${ascii.slice(0, 200)}_` : ""}${hash64(key).slice(0, 8)}`;
}

/** Is `name` the base name or a numbered variant (base_2, base_3 …) of it? */
export function isTableNameFor(base: string, name: string): boolean {
  const n = name.toLowerCase(), b = base.toLowerCase();
  return n === b || (n.startsWith(`${b}_`) && /^\d+$/.test(n.slice(b.length + 1)));
}

/** `base`, or base_2, base_3 … whichever no table or defined name of the workbook has (case-insensitively). */
export function unusedTableName(base: string, taken: Iterable<string>): string {
  const used = new Set(Array.from(taken, (n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base.slice(0, 255 - String(i).length - 1)}_${i}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
