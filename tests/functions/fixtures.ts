// Shared set-up for the PLAN function tests: the pure adapters with plain error objects.
import type { ExtractionResult, Language, Target } from "../../src/core/model";
import { createPlanFunctions, type PlanEnvironment } from "../../src/functions/plan";
import { plainErrorFactory, type PlainExcelError } from "../../src/functions/excel-errors";

/** A stand-in engine for adapter tests: one target per "<indicator>达到<number><unit>" phrase. */
export function fakeExtract(text: string): ExtractionResult {
  const targets: Target[] = [];
  for (const m of text.matchAll(/([\u4e00-\u9fa5]+?)达到(\d+(?:\.\d+)?)(亿元|万人|%)/g)) {
    targets.push({
      id: `t${targets.length}`, docId: "d", indicator: m[1]!, comparator: ">=", value: Number(m[2]), valueMax: null,
      unit: m[3]!, year: null, period: null, kind: "level", responsible: [], section: [], start: m.index!,
      end: m.index! + m[0].length, text: m[0], sentenceStart: 0, sentenceEnd: text.length, optional: false,
    });
  }
  return { document: { id: "d", title: null, issuer: null, region: null, docNumber: null, issueDate: null, horizon: null }, targets };
}

export function makePlan(over: Partial<PlanEnvironment> = {}) {
  let language: Language = "en-US";
  const plan = createPlanFunctions({ errors: plainErrorFactory, language: () => language, extract: fakeExtract, ...over });
  return { plan, setLanguage: (l: Language) => (language = l) };
}

export function isError(x: unknown): x is PlainExcelError {
  return typeof x === "object" && x !== null && typeof (x as PlainExcelError).code === "string";
}

/** Runs f and returns its result, or the Excel error it threw for the whole call. */
export function outcome(f: () => unknown[][]): unknown[][] | PlainExcelError {
  try {
    return f();
  } catch (e) {
    if (isError(e)) return e;
    throw e;
  }
}
