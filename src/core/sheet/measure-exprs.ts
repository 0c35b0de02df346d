// The measures of docs/measures.md as expressions: one definition each, mirroring src/core/measure (row.ts), rendered
// as a PLAN.* custom-function call or expanded into native worksheet functions (no LET/LAMBDA, so Excel 2010+ and
// LibreOffice 7 compute it). Every row's kind picks its branch; each branch checks the inputs its kind needs.
import type { Status, StatusMethod } from "../model";
import {
  MEASURE_KINDS, MEASURE_NEEDS, MODERATE_RATIO, ON_TRACK_RATIO, isLinearMeasure, pathOf,
  type MeasureKind, type RowInput, type RowMeasureKey,
} from "../measure";
import {
  BLANK, add, and, anyBlank, bool, call, div, eq, err, ge, gt, iff, le, lt, measure, mul, neg, not, num, or, pow, str, sub,
  type Expr,
} from "./expr";
import { CAP_SYMBOLS, KIND_SPELLINGS, RANGE_SYMBOLS } from "./labels";

/** Where each input of a measure lives: column references for the table, any cells for a user's range. */
export interface MeasureInputs {
  base: Expr; // B
  baseYear: Expr; // b
  latest: Expr; // L
  latestYear: Expr; // l
  target: Expr; // T
  targetMax: Expr; // Tmax (range upper bound; blank otherwise)
  targetYear: Expr; // t
  comparator: Expr;
  kind: Expr;
  /**
   * The row's own measures where columns already compute them (the table): the status reads them instead of
   * spelling them out again, which keeps its formula within Excel's length limit. A user's range has none.
   */
  computed?: RowColumns;
}

/** Columns of the row whose values the status reads (each blank or valid wherever the status uses it). */
export interface RowColumns {
  gap: Expr;
  progress: Expr;
  timeProgress: Expr;
  achGrowth: Expr;
  reqGrowth: Expr;
}

export interface StatusSettings {
  method: StatusMethod;
  /** Time-progress tolerance as a fraction (0.05 = 5 points). */
  tolerance: number;
}

const ZERO = num(0);
const ONE = num(1);
const HUNDRED = num(100);
const TRUE = num(1);

export const isCap = (c: Expr): Expr => or(...CAP_SYMBOLS.map((s) => eq(c, str(s))));
export const isRange = (c: Expr): Expr => or(...RANGE_SYMBOLS.map((s) => eq(c, str(s))));
export const kindIs = (k: Expr, m: MeasureKind): Expr => or(...KIND_SPELLINGS[m].map((s) => eq(k, str(s))));

/** a − b, written as a when b is the constant 0 (x − 0 is x exactly, so the value does not change). */
const minus = (a: Expr, b: Expr): Expr => (b.k === "num" && b.v === 0 ? a : sub(a, b));

/**
 * Dispatches on the row's kind: kinds whose expressions are the same share one branch; level is the default
 * (an empty or unknown kind reads as a level, as src/core/measure reads it).
 */
export function byKind(k: Expr, f: (m: MeasureKind) => Expr): Expr {
  // A constant kind (a user's range without a kind column) needs no test.
  if (k.k === "str") return f(MEASURE_KINDS.find((m) => KIND_SPELLINGS[m].includes(k.v)) ?? "level");
  const groups: { kinds: MeasureKind[]; e: Expr; key: string }[] = [];
  for (const m of MEASURE_KINDS) {
    const e = f(m);
    const key = JSON.stringify(e);
    const g = groups.find((x) => x.key === key);
    if (g) g.kinds.push(m);
    else groups.push({ kinds: [m], e, key });
  }
  const fallback = groups.find((g) => g.kinds.includes("level"))!;
  return groups
    .filter((g) => g !== fallback)
    .reduceRight((rest, g) => iff(or(...g.kinds.map((m) => kindIs(k, m))), g.e, rest), fallback.e);
}

/** TRUE when an input measure `key` needs for kind `m` is empty; null when `key` is no measure of `m`. */
function missing(key: RowMeasureKey, m: MeasureKind, i: MeasureInputs): Expr | null {
  const needs = MEASURE_NEEDS[key][m];
  return needs ? anyBlank(...needs.map((n: RowInput) => i[n])) : null;
}

/** The column's value per kind, blank where the kind has no such measure or its inputs are empty. */
function perKind(key: RowMeasureKey, i: MeasureInputs, value: (m: MeasureKind) => Expr): Expr {
  return byKind(i.kind, (m) => {
    const blank = missing(key, m, i);
    return blank ? iff(blank, BLANK, value(m)) : BLANK;
  });
}

/** The custom flavour's guard: blank unless the row's kind has the measure and its inputs. */
function customGuard(key: RowMeasureKey, i: MeasureInputs): Expr {
  return byKind(i.kind, (m) => missing(key, m, i) ?? TRUE);
}

// ---- terms (src/core/measure/terms.ts) ---------------------------------------------------------------

/** Average annual growth (to/from)^(1/n) − 1 written without RRI so it can sit inside other arithmetic. */
const cagr = (from: Expr, to: Expr, years: Expr): Expr => sub(pow(div(to, from), div(ONE, years)), ONE);

/** The achieved amount x: latest level, change in %, amount added, or the achieved growth rate itself. */
function achieved(m: MeasureKind, i: MeasureInputs): Expr {
  const { base: B, latest: L } = i;
  switch (m) {
    case "level":
    case "share":
    case "annual":
    case "growth":
      return L;
    case "increment":
      return sub(L, B);
    case "change":
      return mul(sub(div(L, B), ONE), HUNDRED);
  }
}

/** Inputs outside the domain of the achieved amount (#NUM!), or null when it has none. */
const achievedDomain = (m: MeasureKind, i: MeasureInputs): Expr | null => (m === "change" ? le(i.base, ZERO) : null);

/** The latest value as a level on the row's path (terms.ts, latestLevel): a growth rate's index (1 + L/100)^(l − b). */
const latestLevel = (m: MeasureKind, i: MeasureInputs): Expr =>
  (m === "growth" ? pow(add(ONE, div(i.latest, HUNDRED)), sub(i.latestYear, i.baseYear)) : i.latest);

/**
 * Inputs outside the domain of the latest level (#NUM!): a rate of −100% or less, or no years since the base (left
 * out where the formula has checked the years already).
 */
const latestDomain = (m: MeasureKind, i: MeasureInputs, yearsChecked = false): Expr | null => {
  if (m !== "growth") return null;
  const fall = le(i.latest, num(-100));
  return yearsChecked ? fall : or(fall, le(sub(i.latestYear, i.baseYear), ZERO));
};

const start = (m: MeasureKind, i: MeasureInputs): Expr => (m === "level" || m === "share" ? i.base : ZERO);

/** The level to reach for a target value v. */
function levelFor(m: MeasureKind, v: Expr, i: MeasureInputs): Expr {
  switch (m) {
    case "level":
    case "share":
    case "annual":
      return v;
    case "increment":
      return add(i.base, v);
    case "change":
      return mul(i.base, add(ONE, div(v, HUNDRED)));
    case "growth":
      return pow(add(ONE, div(v, HUNDRED)), sub(i.targetYear, i.baseYear));
  }
}

/** The bound a row heads for from x: the range's upper bound when x lies above it, else T. */
const towards = (x: Expr, i: MeasureInputs): Expr =>
  iff(and(isRange(i.comparator), call("ISNUMBER", i.targetMax), gt(x, i.targetMax)), i.targetMax, i.target);

const meets = (x: Expr, i: MeasureInputs): Expr =>
  iff(isRange(i.comparator), and(ge(x, i.target), le(x, i.targetMax)), iff(isCap(i.comparator), le(x, i.target), ge(x, i.target)));

/** x has run past a range (measure/terms.ts, overshot); x is read for ranges only. */
const overshot = (x0: Expr, x: Expr, i: MeasureInputs): Expr => {
  const { target: T, targetMax: M } = i;
  return iff(isRange(i.comparator), or(and(lt(x0, T), gt(x, M)), and(gt(x0, M), lt(x, T))), ZERO);
};

/** A range's upper bound is checked before `then`: missing #VALUE!, below T #NUM! (as measure/terms upperBound). */
const checkRange = (i: MeasureInputs, then: Expr): Expr =>
  iff(
    and(isRange(i.comparator), not(call("ISNUMBER", i.targetMax))),
    err("#VALUE!"),
    iff(and(isRange(i.comparator), lt(i.targetMax, i.target)), err("#NUM!"), then),
  );

const guardDomain = (cond: Expr | null, then: Expr): Expr => (cond ? iff(cond, err("#NUM!"), then) : then);

// ---- plain measures (src/core/measure/growth.ts, progress.ts) -----------------------------------------

/** (to/from)^(1/n) − 1, natively Excel's RRI(n, from, to); #NUM! outside the domain (from ≤ 0, to < 0, n ≤ 0). */
const rri = (from: Expr, to: Expr, years: Expr): Expr =>
  iff(or(le(from, ZERO), lt(to, ZERO), le(years, ZERO)), err("#NUM!"), call("RRI", years, from, to));

export const reqGrowth = (from: Expr, to: Expr, years: Expr): Expr => measure("REQGROWTH", [from, to, years], rri(from, to, years));

export const achGrowth = (from: Expr, to: Expr, years: Expr): Expr => measure("CAGR", [from, to, years], rri(from, to, years));

/** (to − from)/n per year; #NUM! when n ≤ 0. */
export const reqPoints = (from: Expr, to: Expr, years: Expr): Expr =>
  measure("REQPOINTS", [from, to, years], iff(le(years, ZERO), err("#NUM!"), div(minus(to, from), years)));

/** Remaining required growth from the latest value: (T/L)^(1/(t − l)) − 1; #NUM! when L ≤ 0, T < 0 or t ≤ l. */
export const remGrowth = (latest: Expr, latestYear: Expr, target: Expr, targetYear: Expr): Expr =>
  measure(
    "REMGROWTH",
    [latest, latestYear, target, targetYear],
    iff(
      or(le(latest, ZERO), lt(target, ZERO), le(targetYear, latestYear)),
      err("#NUM!"),
      call("RRI", sub(targetYear, latestYear), latest, target),
    ),
  );

/** Time progress (l − b)/(t − b). */
export const timeProgress = (baseYear: Expr, latestYear: Expr, targetYear: Expr): Expr =>
  measure("TIMEPROGRESS", [baseYear, latestYear, targetYear], div(sub(latestYear, baseYear), sub(targetYear, baseYear)));

// ---- the row's measures (src/core/measure/row.ts) -----------------------------------------------------

const years = (i: MeasureInputs): Expr => sub(i.targetYear, i.baseYear);

/** The level the indicator must reach by the target year (blank for a growth rate: its target is the rate). */
export function targetLevel(i: MeasureInputs): Expr {
  const native = perKind("targetLevel", i, (m) => levelFor(m, i.target, i));
  return measure("TARGETLEVEL", [i.base, i.target, i.kind], native, customGuard("targetLevel", i));
}

/** Required average growth: of the level (level), of the change path (change), the rate itself (growth). */
export const requiredGrowthColumn = (i: MeasureInputs): Expr =>
  perKind("reqGrowth", i, (m) => {
    if (m === "growth") return div(i.target, HUNDRED);
    if (m === "change") return reqGrowth(ONE, add(ONE, div(towards(ZERO, i), HUNDRED)), years(i));
    return reqGrowth(i.base, towards(i.base, i), years(i));
  });

/** Required change per year in the target's unit: points (share), amount (increment), the yearly amount (annual). */
export const requiredChangeColumn = (i: MeasureInputs): Expr =>
  perKind("reqChange", i, (m) => (m === "annual" ? towards(ZERO, i) : reqPoints(start(m, i), towards(start(m, i), i), years(i))));

/** Achieved average growth: of the level, or the latest value of a growth rate itself (in %). */
export const achievedGrowthColumn = (i: MeasureInputs): Expr =>
  perKind("achGrowth", i, (m) => (m === "growth" ? div(i.latest, HUNDRED) : achGrowth(i.base, i.latest, sub(i.latestYear, i.baseYear))));

/** Remaining required growth from the latest level to the level of the bound on its side (a growth rate's: its index). */
export const remainingGrowthColumn = (i: MeasureInputs): Expr =>
  perKind("remGrowth", i, (m) =>
    guardDomain(
      achievedDomain(m, i),
      guardDomain(latestDomain(m, i), remGrowth(latestLevel(m, i), i.latestYear, levelFor(m, towards(achieved(m, i), i), i), i.targetYear)),
    ));

/** Remaining change per year from the latest value: points (share) or amount (increment). */
export const remainingChangeColumn = (i: MeasureInputs): Expr =>
  perKind("remChange", i, (m) =>
    reqPoints(i.latest, levelFor(m, towards(achieved(m, i), i), i), sub(i.targetYear, i.latestYear)));

/** Gap of the achieved amount to the target, in the target's unit. */
export function gap(i: MeasureInputs): Expr {
  const native = perKind("gap", i, (m) => {
    const x = achieved(m, i);
    const { target: T, targetMax: M } = i;
    const value = iff(
      isRange(i.comparator),
      iff(lt(x, T), sub(T, x), iff(gt(x, M), sub(x, M), ZERO)),
      iff(isCap(i.comparator), call("MAX", ZERO, sub(x, T)), call("MAX", ZERO, sub(T, x))),
    );
    return checkRange(i, guardDomain(achievedDomain(m, i), value));
  });
  const customArgs = [i.latest, i.target, i.comparator, i.targetMax, i.kind, i.base];
  return measure("GAP", customArgs, native, customGuard("gap", i));
}

/** Completion progress in the target's terms, towards the bound on the base's side; blank with no way to go. */
export function progress(i: MeasureInputs): Expr {
  const native = perKind("progress", i, (m) => {
    const x0 = start(m, i);
    const x = achieved(m, i);
    const p = div(minus(x, x0), minus(towards(x0, i), x0));
    return checkRange(i, guardDomain(achievedDomain(m, i), iff(meets(x0, i), BLANK, iff(overshot(x0, x, i), BLANK, p))));
  });
  return measure("PROGRESS", [i.base, i.latest, i.target, i.kind, i.comparator, i.targetMax], native, customGuard("progress", i));
}

export const timeProgressColumn = (i: MeasureInputs): Expr =>
  perKind("timeProgress", i, () => timeProgress(i.baseYear, i.latestYear, i.targetYear));

// ---- anticipated progress (src/core/measure/anticipate.ts) -------------------------------------------

const ANTICIPATION_ARGS = (i: MeasureInputs, s: StatusSettings): Expr[] => [
  i.base, i.baseYear, i.latest, i.latestYear, i.target, i.targetYear, i.comparator, str(s.method), i.kind, i.targetMax,
];

/** The years must run forward before any pace exists. */
const checkYears = (i: MeasureInputs, then: Expr): Expr =>
  iff(or(le(i.latestYear, i.baseYear), le(i.targetYear, i.baseYear)), err("#NUM!"), then);

/**
 * The target level to head for, with the range checks; "" when the base already met the target or — `passed` —
 * the latest value ran past a range (anticipate.ts, goal). A growth rate's latest level is checked first.
 */
function towardsGoal(m: MeasureKind, i: MeasureInputs, then: (E: Expr) => Expr, passed = false): Expr {
  const x0 = start(m, i);
  // the achieved amount's domain matters for a range only: overshot reads it there
  const domain = achievedDomain(m, i);
  const passedRange = domain ? iff(isRange(i.comparator), guardDomain(domain, overshot(x0, achieved(m, i), i)), ZERO) : overshot(x0, achieved(m, i), i);
  const noWay = passed ? iff(meets(x0, i), ONE, passedRange) : meets(x0, i);
  return guardDomain(latestDomain(m, i, true), checkRange(i, iff(noWay, BLANK, then(levelFor(m, towards(x0, i), i)))));
}

const positiveOrNum = (xs: Expr[], then: Expr): Expr => (xs.length ? iff(or(...xs.map((x) => le(x, ZERO))), err("#NUM!"), then) : then);

/**
 * The row's path as levels (anticipate.ts, known): its base B and latest L, and those of them a constant-growth
 * path must check for > 0 — none for a growth rate, whose index starts at 1 and whose latest level is positive once
 * latestDomain holds.
 */
const pathLevels = (m: MeasureKind, i: MeasureInputs): { B: Expr; L: Expr; check: Expr[] } =>
  (m === "growth" ? { B: ONE, L: latestLevel(m, i), check: [] } : { B: i.base, L: i.latest, check: [i.base, i.latest] });

/** a/b, written as a when b is the constant 1 (a growth rate's base level). */
const over = (a: Expr, b: Expr): Expr => (b.k === "num" && b.v === 1 ? a : div(a, b));

export function anticipated(i: MeasureInputs, s: StatusSettings): Expr {
  const { base: B, baseYear: b, latest: L, latestYear: l, targetYear: t } = i;
  const native = perKind("anticipated", i, (m) =>
    checkYears(
      i,
      pathOf(m, s.method) === "linear"
        ? add(L, div(mul(sub(L, B), sub(t, l)), sub(l, b)))
        : positiveOrNum([B, L], mul(B, pow(div(L, B), div(sub(t, b), sub(l, b))))),
    ));
  return measure("ANTICIPATED", ANTICIPATION_ARGS(i, s), native, customGuard("anticipated", i));
}

/** ⌈y − 1e-9⌉ as −INT(1e-9 − y): INT floors in every spreadsheet, ROUNDUP and CEILING differ for negatives. */
const ceilYear = (y: Expr): Expr => neg(call("INT", sub(num(1e-9), y)));

export function reachYear(i: MeasureInputs, s: StatusSettings): Expr {
  const { baseYear: b, latestYear: l } = i;
  const native = perKind("reachYear", i, (m) =>
    checkYears(i, towardsGoal(m, i, (E) => {
      const { B, L, check } = pathLevels(m, i);
      const linear = pathOf(m, s.method) === "linear";
      // f: how many times the way covered so far the target lies from the base (anticipate.ts, reachYear).
      const f = linear ? div(sub(E, B), sub(L, B)) : div(call("LN", over(E, B)), call("LN", over(L, B)));
      const year = iff(eq(L, B), BLANK, iff(gt(f, ONE), ceilYear(add(b, mul(f, sub(l, b)))), BLANK));
      return linear ? year : positiveOrNum([...check, E], year);
    })));
  return measure("REACHYEAR", ANTICIPATION_ARGS(i, s), native, customGuard("reachYear", i));
}

export function timeDistance(i: MeasureInputs, s: StatusSettings): Expr {
  const { baseYear: b, latestYear: l, targetYear: t } = i;
  const native = perKind("timeDistance", i, (m) => {
    const { B, L, check } = pathLevels(m, i);
    return checkYears(i, towardsGoal(m, i, (E) =>
      iff(
        eq(E, B),
        BLANK,
        pathOf(m, s.method) === "linear"
          ? sub(add(b, mul(div(sub(L, B), sub(E, B)), sub(t, b))), l)
          : positiveOrNum([...check, E], sub(add(b, mul(div(call("LN", over(L, B)), call("LN", over(E, B))), sub(t, b))), l)),
      ), true));
  });
  return measure("TIMEDISTANCE", ANTICIPATION_ARGS(i, s), native, customGuard("timeDistance", i));
}

// ---- status (src/core/measure/status.ts) ----------------------------------------------------------------

const CODE = (s: Exclude<Status, "unknown">): Expr => str(s);

/** Growth-ratio thresholds (Eurostat SDG monitoring). */
const byRatio = (r: Expr): Expr =>
  iff(ge(r, num(ON_TRACK_RATIO)), CODE("on-track"), iff(ge(r, num(MODERATE_RATIO)), CODE("moderate"), iff(ge(r, ZERO), CODE("lagging"), CODE("away"))));

/** Levels, shares, changes and amounts (status.ts, judge). */
function judge(m: MeasureKind, i: MeasureInputs, s: StatusSettings): Expr {
  const { base: B, baseYear: b, latest: L, latestYear: l, targetYear: t, computed } = i;
  const x = achieved(m, i);
  const x0 = start(m, i);
  const tau = m === "annual" ? ONE : computed ? computed.timeProgress : div(sub(l, b), sub(t, b));
  const bound = towards(x0, i);
  const p = computed ? computed.progress : div(minus(x, x0), minus(bound, x0));
  let byMethod: Expr;
  if (s.method === "time") {
    byMethod = iff(lt(p, ZERO), CODE("away"), iff(lt(p, sub(tau, num(s.tolerance))), CODE("lagging"), iff(lt(p, tau), CODE("moderate"), CODE("on-track"))));
  } else if (isLinearMeasure(m)) {
    byMethod = byRatio(m === "annual" ? p : div(p, tau));
  } else if (computed) {
    // The required-growth column is RRI to the same bound: #NUM! or ≤ −1 exactly where the bound's level is ≤ 0.
    const req = computed.reqGrowth;
    byMethod = iff(
      not(call("ISNUMBER", req)),
      BLANK,
      iff(or(le(B, ZERO), le(L, ZERO), le(req, num(-1)), eq(req, ZERO)), BLANK, byRatio(div(computed.achGrowth, req))),
    );
  } else {
    const need = m === "change" ? add(ONE, div(bound, HUNDRED)) : div(bound, B);
    const required = sub(pow(need, div(ONE, sub(t, b))), ONE);
    byMethod = iff(
      or(le(B, ZERO), le(L, ZERO), le(need, ZERO)),
      BLANK,
      iff(eq(required, ZERO), BLANK, byRatio(div(cagr(B, L, sub(l, b)), required))),
    );
  }
  // The gap is 0 exactly where x meets the target (gap.ts computes it from the same x).
  return iff(
    computed ? eq(computed.gap, ZERO) : meets(x, i),
    CODE("achieved"),
    iff(meets(x0, i), CODE("away"), iff(overshot(x0, x, i), CODE("lagging"), byMethod)),
  );
}

/** Growth-rate targets (status.ts, rateStatus): the latest value is the achieved rate a, compared with the rate T. */
function rateStatus(i: MeasureInputs): Expr {
  const { latest: a, latestYear: l, target: T, targetYear: t, comparator: c, computed } = i;
  // the ratio a/T keeps its meaning where the target points away from 0 the way it is judged (a floor above 0, a cap below)
  const ratioMeans = iff(isCap(c), lt(T, ZERO), gt(T, ZERO));
  return iff(
    computed ? eq(computed.gap, ZERO) : meets(a, i),
    iff(ge(l, t), CODE("achieved"), CODE("on-track")),
    iff(and(isRange(c), gt(a, i.targetMax)), CODE("lagging"), iff(ratioMeans, byRatio(div(a, T)), CODE("lagging"))),
  );
}

/**
 * The status code (achieved, on-track, moderate, lagging, away; blank when unknown): what the status-code column
 * and "highlight lagging" evaluate. Language-free: the status column shows it in the sheet's vocabulary, and
 * counts and colours key on it. The chosen method and tolerance are constants of the formula.
 */
export function statusFormula(i: MeasureInputs, s: StatusSettings): Expr {
  const { base: B, baseYear: b, latestYear: l, target: T, targetMax: M, targetYear: t, comparator: c } = i;
  const badRange = and(isRange(c), or(not(call("ISNUMBER", M)), lt(M, T)));
  const native = perKind("status", i, (m) => {
    const body = m === "growth" ? rateStatus(i) : m === "change" ? iff(le(B, ZERO), BLANK, judge(m, i, s)) : judge(m, i, s);
    // an annual amount reads no years; a growth rate reads its base year only where it is given
    const yearsBackwards = or(le(l, b), le(t, b));
    const unusable = m === "annual" ? badRange : m === "growth" ? or(and(not(eq(b, BLANK)), yearsBackwards), badRange) : or(yearsBackwards, badRange);
    return iff(unusable, BLANK, body);
  });
  return measure(
    "STATUS",
    // PLAN.STATUS(base, baseYear, latest, latestYear, target, targetYear, comparator, method, tolerance, kind, targetMax,
    // labels, blanksChecked): the guard has tested the cells for blanks in Excel, so a 0 passed on is a typed 0.
    [B, b, i.latest, l, T, t, c, str(s.method), num(s.tolerance), i.kind, M, str("code"), bool(true)],
    native,
    customGuard("status", i),
  );
}
