// Unit conversion on mathjs. The Unit class is built from its factory function with plain-number
// dependencies, so a bundle takes mathjs's unit machinery (~12 KB gzipped) without its typed arithmetic,
// matrices, BigNumber, Complex and Fraction (~60 KB more through create()).
import { createUnitClass } from "mathjs";
import { MeasureError, requireFinite } from "../measure/errors";
import { CUSTOM_UNITS, DIMENSION_NAMES, UNIT_ALIASES, UNIT_CATALOGUE, type Dimension, type UnitEntry } from "./catalogue";

/** The part of mathjs's Unit class used here (its published types do not cover the static parse). */
interface MathUnit {
  value: number | null;
  equalBase(other: MathUnit): boolean;
}
interface MathUnitClass {
  parse(text: string): MathUnit;
  createUnit(defs: Record<string, string | Record<string, never>>, options: Record<string, never>): void;
}

/** A unit resolved to its SI magnitude: value·si is the amount in SI (or in the custom base unit). */
export interface ResolvedUnit {
  name: string;
  dimension: Dimension | null;
  si: number;
  unit: MathUnit;
}

let unitClass: MathUnitClass | null = null;
const resolved = new Map<string, ResolvedUnit>();
const byName = new Map<string, UnitEntry>(UNIT_CATALOGUE.map((e) => [e.name, e]));

// Units only ever hold JavaScript numbers here; these classes are required by the factory but never used
// for arithmetic (Fraction appears in the definitions of degF and degR, which the catalogue does not use).
class NumbersOnly {
  constructor(readonly a?: unknown, readonly b?: unknown) {}
}

const sameNumber = (a: number, b: number): boolean =>
  a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));

// Built on first use: module load stays cheap for callers that never convert.
function mathUnits(): MathUnitClass {
  if (unitClass) return unitClass;
  const U = createUnitClass({
    config: { number: "number", precision: 64, predictable: false, relTol: 1e-12, absTol: 1e-15 },
    addScalar: (a: number, b: number) => a + b,
    subtractScalar: (a: number, b: number) => a - b,
    multiplyScalar: (a: number, b: number) => a * b,
    divideScalar: (a: number, b: number) => a / b,
    pow: Math.pow,
    abs: Math.abs,
    fix: Math.trunc,
    round: Math.round,
    equal: sameNumber,
    isNumeric: (x: unknown) => typeof x === "number",
    format: (x: number) => String(x),
    number: Number,
    Complex: NumbersOnly,
    BigNumber: NumbersOnly,
    Fraction: NumbersOnly,
  }) as MathUnitClass;
  const defs: Record<string, string | Record<string, never>> = {};
  for (const [name, definition] of Object.entries(CUSTOM_UNITS)) defs[name] = definition === "" ? {} : definition;
  // Custom units are defined in dependency order (bases first), which createUnit requires.
  U.createUnit(defs, {});
  unitClass = U;
  return unitClass;
}

function withValue(expression: string): string {
  return /^[0-9]/.test(expression) ? expression : `1 ${expression}`;
}

/** Canonical catalogue name for a spelling (trims, folds case of Latin letters, maps aliases). */
export function canonicalUnitName(text: string): string | null {
  const t = text.trim();
  if (byName.has(t)) return t;
  const alias = UNIT_ALIASES[t] ?? UNIT_ALIASES[t.toLowerCase()];
  return alias ?? null;
}

/** The units a user may name, for messages and documentation. */
export function unitNames(): string[] {
  return UNIT_CATALOGUE.map((e) => e.name);
}

/**
 * Resolves a catalogue unit (or alias); as a fallback, an ASCII mathjs unit such as "MW" or "kg".
 * Unknown units are #VALUE! naming the catalogue.
 */
export function resolveUnit(text: string): ResolvedUnit {
  if (typeof text !== "string" || text.trim() === "") {
    throw new MeasureError("value", `A unit is required; use one of ${unitNames().join(" ")}`);
  }
  const cached = resolved.get(text);
  if (cached) return cached;
  const U = mathUnits();
  const name = canonicalUnitName(text);
  let r: ResolvedUnit;
  if (name) {
    const entry = byName.get(name) as UnitEntry;
    const unit = U.parse(withValue(entry.mathjs));
    r = { name, dimension: entry.dimension, si: unit.value as number, unit };
  } else if (/^[A-Za-z][A-Za-z0-9^ */]*$/.test(text.trim())) {
    let unit: MathUnit;
    try {
      unit = U.parse(withValue(text.trim()));
    } catch {
      throw new MeasureError("value", `Unknown unit "${text}"; use one of ${unitNames().join(" ")}`);
    }
    const known = UNIT_CATALOGUE.find((e) => U.parse(withValue(e.mathjs)).equalBase(unit));
    r = { name: text.trim(), dimension: known ? known.dimension : null, si: unit.value as number, unit };
  } else {
    throw new MeasureError("value", `Unknown unit "${text}"; use one of ${unitNames().join(" ")}`);
  }
  resolved.set(text, r);
  return r;
}

/** True when the two units measure the same thing (so conversion between them is defined). */
export function compatibleUnits(from: string, to: string): boolean {
  return resolveUnit(from).unit.equalBase(resolveUnit(to).unit);
}

/** Rounds away binary noise (0.30000000000000004) that scaling by powers of ten leaves. */
function clean(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(15));
}

/** Converts value from one unit to another of the same dimension; incompatible units are #VALUE!. */
export function convertUnit(value: number, from: string, to: string): number {
  requireFinite(value, "value");
  const a = resolveUnit(from);
  const b = resolveUnit(to);
  if (!a.unit.equalBase(b.unit)) {
    const what = (r: ResolvedUnit): string => (r.dimension ? DIMENSION_NAMES[r.dimension] : "another quantity");
    throw new MeasureError("value", `Cannot convert ${a.name} (${what(a)}) to ${b.name} (${what(b)})`);
  }
  // Multiply first, then divide: exact for the powers of ten that separate 元, 万元 and 亿元.
  return clean((value * a.si) / b.si);
}
