// Column mapping for "Highlight lagging in selection": which sheet columns hold each input. Kept between
// sessions; validated here so the user hears about a wrong letter before Excel is touched.
import type { HighlightMapping } from "../src/excel/index";
import type { StringKey } from "./i18n";

export const REQUIRED_COLUMNS = ["base", "baseYear", "latest", "latestYear", "target", "targetYear"] as const;
export const OPTIONAL_COLUMNS = ["comparator", "kind", "targetMax"] as const;

export type MappingKey = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
export type Mapping = Partial<Record<MappingKey, string>>;

export const MAPPING_LABELS: Record<MappingKey, StringKey> = {
  base: "mapBase",
  baseYear: "mapBaseYear",
  latest: "mapLatest",
  latestYear: "mapLatestYear",
  target: "mapTarget",
  targetYear: "mapTargetYear",
  comparator: "mapComparator",
  kind: "mapKind",
  targetMax: "mapTargetMax",
};

const KEY = "plan-targets.highlight-mapping.v1";
const LETTERS = /^[A-Z]{1,3}$/;

/** Upper-cases and trims every letter; "" stays "" (an unmapped optional column). */
export function normaliseMapping(raw: Mapping): Mapping {
  const out: Mapping = {};
  for (const k of [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]) out[k] = (raw[k] ?? "").trim().toUpperCase();
  return out;
}

/** The first problem with a mapping: a required column missing or a value that is not a column letter. */
export function mappingProblem(m: Mapping): { key: MappingKey; kind: "missing" | "invalid" } | null {
  for (const k of REQUIRED_COLUMNS) if (!m[k]) return { key: k, kind: "missing" };
  for (const k of [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]) {
    const v = m[k];
    if (v && (!LETTERS.test(v) || (v.length === 3 && v > "XFD"))) return { key: k, kind: "invalid" };
  }
  return null;
}

/** The renderer's mapping: required letters plus the optional ones that were given (check mappingProblem first). */
export function toRendererMapping(m: Mapping): HighlightMapping {
  const out: HighlightMapping = { base: "", baseYear: "", latest: "", latestYear: "", target: "", targetYear: "" };
  for (const k of [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]) if (m[k]) out[k] = m[k]!;
  return out;
}

export function loadMapping(storage: Pick<Storage, "getItem"> | null): Mapping {
  try {
    const raw = storage?.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (!parsed || typeof parsed !== "object") return {};
    const m: Mapping = {};
    for (const [k, v] of Object.entries(parsed)) if (k in MAPPING_LABELS && typeof v === "string") m[k as MappingKey] = v;
    return normaliseMapping(m);
  } catch {
    return {};
  }
}

export function saveMapping(storage: Pick<Storage, "setItem"> | null, m: Mapping): void {
  try {
    storage?.setItem(KEY, JSON.stringify(m));
  } catch {
    // Storage unavailable: the mapping lasts for this session.
  }
}
