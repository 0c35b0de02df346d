// Builds the one description of a targets table from Target[] + PlanDocument + options. Renderers (Office.js,
// ExcelJS) only translate this description; they make no decisions of their own.
import type { Comparator, Language, PlanDocument, StatusMethod, Target } from "../model";
import { MEASURE_KINDS, measureOf, type StatusVocabulary } from "../measure";
import { COLUMNS, columnIndex, columnLetter, type ColumnKey, type ColumnSpec } from "./columns";
import { tableConditionalRules, type ConditionalRule } from "./conditional";
import { renderFormula, type Expr, type Flavour } from "./expr";
import { TABLE_INPUTS, formulaExpr, isFormulaKey, type FormulaKey, type SheetSettings } from "./formulas";
import { BINDING_LABELS, COMPARATOR_SYMBOLS, KIND_LABELS } from "./labels";
import { documentSheetName, structuredRef, tableNameFor } from "./names";
import { quotedSource, valueSourceLine, type ValueSource, type ValueTexts } from "./value-source";

export interface SheetOptions {
  language: Language;
  method: StatusMethod;
  /** Time-progress tolerance as a fraction (0.05 = 5 points). */
  tolerance: number;
  flavour: Flavour;
  /** Words of the status column (default "standard"); counts and colours key on the codes whatever it is. */
  vocabulary?: StatusVocabulary;
  /** User values by target id (CLI --actuals). */
  actuals?: ReadonlyMap<string, Actuals>;
  /** The original document text, to show each target's whole source sentence. */
  sourceText?: string;
  /** Texts the base and latest values were read from, to quote their sentences in the value-source column. */
  valueTexts?: ValueTexts;
}

export interface Actuals {
  baseYear: number | null;
  base: number | null;
  latestYear: number | null;
  latest: number | null;
}

export type CellValue = string | number | null;

export interface SheetColumn extends Omit<ColumnSpec, "header"> {
  header: string;
  /** Formula columns: the definition and its this-row structured-reference text for the flavour. */
  formula?: { expr: Expr; structured: string };
}

export interface ValidationRule {
  column: ColumnKey;
  rule: { type: "list"; values: string[] } | { type: "wholeNumber"; min: number; max: number } | { type: "decimal" };
  /** Shown when the input is rejected. */
  message: string;
}

export interface SheetModel {
  docId: string;
  sheetName: string;
  tableName: string;
  language: Language;
  method: StatusMethod;
  tolerance: number;
  flavour: Flavour;
  vocabulary: StatusVocabulary;
  columns: SheetColumn[];
  /** One entry per target; cells in column order, null for empty and for formula columns. */
  rows: { id: string; cells: CellValue[] }[];
  validation: ValidationRule[];
  freeze: { rows: number; columns: number };
  conditional: ConditionalRule[];
}

export const YEAR_MIN = 1949;
export const YEAR_MAX = 2100;

function validationRules(language: Language): ValidationRule[] {
  const zh = language === "zh-CN";
  const yearMsg = zh ? `请输入 ${YEAR_MIN}–${YEAR_MAX} 之间的年份` : `Enter a year between ${YEAR_MIN} and ${YEAR_MAX}`;
  const numMsg = zh ? "请输入数值" : "Enter a number";
  const year = (column: ColumnKey): ValidationRule => ({
    column,
    rule: { type: "wholeNumber", min: YEAR_MIN, max: YEAR_MAX },
    message: yearMsg,
  });
  return [
    {
      column: "comparator",
      rule: { type: "list", values: Object.values(COMPARATOR_SYMBOLS) },
      message: zh ? "请从列表中选择比较方式" : "Choose a comparator from the list",
    },
    {
      column: "kind",
      rule: { type: "list", values: MEASURE_KINDS.map((k) => KIND_LABELS[language][k]) },
      message: zh ? "请从列表中选择类型" : "Choose a kind from the list",
    },
    {
      column: "binding",
      rule: { type: "list", values: Object.values(BINDING_LABELS[language]) },
      message: zh ? "请选择约束性或预期性" : "Choose Binding or Expected",
    },
    year("targetYear"),
    year("baseYear"),
    year("latestYear"),
    { column: "base", rule: { type: "decimal" }, message: numMsg },
    { column: "latest", rule: { type: "decimal" }, message: numMsg },
  ];
}

/** Excel's limit on the characters of a cell ("Excel specifications and limits"): a longer text fails the write. */
export const CELL_TEXT_LIMIT = 32_767;

/** Text for one cell: a text longer than a cell holds ends in "…" (the JSON output keeps it whole). */
export function cellText(text: string): string {
  return text.length <= CELL_TEXT_LIMIT ? text : `${text.slice(0, CELL_TEXT_LIMIT - 1)}…`;
}

function sentenceOf(t: Target, sourceText: string | undefined): string {
  if (sourceText !== undefined && t.sentenceEnd > t.sentenceStart && t.sentenceEnd <= sourceText.length) {
    return cellText(sourceText.slice(t.sentenceStart, t.sentenceEnd).trim());
  }
  return cellText(t.text);
}

/** The target as the sheet shows it and its formulas read it. */
export interface SheetTarget {
  comparator: Comparator;
  value: number;
  valueMax: number | null;
}

/**
 * Mirror of each comparator for a reduction: "falls by at least X" (≥ X) is "changes by at most −X" (≤ −X),
 * "falls by no more than X" (≤ X) is "changes by at least −X" (≥ −X). A stated fall (=, ≈) is a cap.
 */
const DECREASE_COMPARATOR: Record<Comparator, Comparator> = {
  ">": "<", ">=": "<=", "=": "<=", "~": "<=", "<=": ">=", "<": ">", range: "<=",
};

/**
 * A reduction (decrease: 能耗下降13.5%) is written as the signed change, −value, with the mirrored comparator,
 * so every formula and src/core/measure read it as a cap on growth (docs/measures.md, "Reductions"). A
 * range of reductions (下降10%～15%) becomes a cap at its smaller fall (≤ −10). Other targets are unchanged.
 */
export function sheetTarget(t: Pick<Target, "comparator" | "value" | "valueMax" | "decrease">): SheetTarget {
  if (!t.decrease) return { comparator: t.comparator, value: t.value, valueMax: t.valueMax };
  // 0 − value, so a reduction of 0 stays 0 rather than −0.
  return { comparator: DECREASE_COMPARATOR[t.comparator], value: 0 - t.value, valueMax: null };
}

/**
 * Where the row's base and latest values came from when a document stated them: a base value is the plan's own
 * (unless its source names another file), a latest value is marked only with its source. Values the user gave
 * (actuals) are theirs and get no line.
 */
export function targetValueSources(t: Target, a: Actuals | undefined, texts: ValueTexts | undefined): ValueSource[] {
  const out: ValueSource[] = [];
  const add = (use: ValueSource["use"], value: number | null | undefined, year: number | null | undefined, source: Target["baseSource"], user: number | null | undefined): void => {
    if (value === null || value === undefined || (user !== null && user !== undefined)) return;
    out.push({ use, value, unit: t.unit, year: year ?? null, ...(source ? quotedSource(source, texts) : { file: null, quote: null }) });
  };
  add("base", t.baseValue, t.baseYear, t.baseSource, a?.base);
  if (t.latestSource) add("latest", t.latestValue, t.latestYear, t.latestSource, a?.latest);
  return out;
}

/** The data and user cells of one target (formula columns stay null). */
export function rowCells(doc: PlanDocument, t: Target, o: Pick<SheetOptions, "language" | "actuals" | "sourceText" | "valueTexts">): CellValue[] {
  const a = o.actuals?.get(t.id);
  const shown = sheetTarget(t);
  const byKey: Partial<Record<ColumnKey, CellValue>> = {
    id: t.id,
    region: doc.region,
    document: doc.title ?? doc.id,
    section: t.section.join(" › "),
    indicator: cellText(t.indicator),
    binding: t.binding === undefined ? null : BINDING_LABELS[o.language][t.binding ? "binding" : "expected"],
    comparator: COMPARATOR_SYMBOLS[shown.comparator],
    target: shown.value,
    targetMax: shown.valueMax,
    unit: t.unit,
    targetYear: t.year,
    kind: KIND_LABELS[o.language][measureOf(t)],
    responsible: t.responsible.join("、"),
    source: sentenceOf(t, o.sourceText),
    // the user's values first, then those the document or a statistical bulletin states
    baseYear: a?.baseYear ?? t.baseYear ?? null,
    base: a?.base ?? t.baseValue ?? null,
    latestYear: a?.latestYear ?? t.latestYear ?? null,
    latest: a?.latest ?? t.latestValue ?? null,
    valueSource: targetValueSources(t, a, o.valueTexts).map((s) => valueSourceLine(s, o.language)).join("\n"),
  };
  return COLUMNS.map((c) => {
    const v = byKey[c.key];
    return v === undefined || v === "" ? null : v;
  });
}

// Column definitions depend only on the settings; a workbook of many documents (or a property test) builds them once.
const columnCache = new Map<string, SheetColumn[]>();

function sheetColumns(settings: SheetSettings, flavour: Flavour): SheetColumn[] {
  const key = JSON.stringify([settings.method, settings.tolerance, settings.language, settings.vocabulary, flavour]);
  const hit = columnCache.get(key);
  if (hit) return hit.slice();
  const headerOf = (k: ColumnKey): string => COLUMNS[columnIndex(k)]!.header[settings.language];
  const columns = COLUMNS.map((spec) => {
    const { header, ...rest } = spec;
    const col: SheetColumn = { ...rest, header: header[settings.language] };
    if (isFormulaKey(spec.key)) {
      const expr = formulaExpr(spec.key, TABLE_INPUTS, settings);
      col.formula = { expr, structured: renderFormula(expr, { flavour, ref: (k) => structuredRef(headerOf(k as ColumnKey)) }) };
    }
    return col;
  });
  if (columnCache.size >= 64) columnCache.clear();
  columnCache.set(key, columns);
  return columns.slice();
}

export function buildSheetModel(doc: PlanDocument, targets: readonly Target[], o: SheetOptions): SheetModel {
  if (!(o.tolerance >= 0 && o.tolerance < 1)) throw new Error(`the tolerance must be a fraction from 0 to below 1 (0.05 = 5 points), not ${o.tolerance}`);
  const seen = new Set<string>();
  for (const t of targets) {
    if (t.docId !== doc.id) throw new Error(`target ${t.id} belongs to document ${t.docId}, not ${doc.id}`);
    if (seen.has(t.id)) throw new Error(`duplicate target id ${t.id}`);
    seen.add(t.id);
  }
  const vocabulary = o.vocabulary ?? "standard";
  const columns = sheetColumns({ method: o.method, tolerance: o.tolerance, language: o.language, vocabulary }, o.flavour);
  return {
    docId: doc.id,
    sheetName: documentSheetName(doc),
    tableName: tableNameFor(doc.id),
    language: o.language,
    method: o.method,
    tolerance: o.tolerance,
    flavour: o.flavour,
    vocabulary,
    columns,
    rows: targets.map((t) => ({ id: t.id, cells: rowCells(doc, t, o) })),
    validation: validationRules(o.language),
    freeze: { rows: 1, columns: 0 },
    conditional: tableConditionalRules(),
  };
}

/** The A1 formula of a formula column for one sheet row (1-based), with the columns at their model positions. */
export function formulaA1(model: SheetModel, key: FormulaKey, sheetRow: number, filePrefix: boolean): string {
  const col = model.columns[columnIndex(key)]!;
  return renderFormula(col.formula!.expr, {
    flavour: model.flavour,
    ref: (k) => `${columnLetter(columnIndex(k as ColumnKey))}${sheetRow}`,
    filePrefix,
  });
}

