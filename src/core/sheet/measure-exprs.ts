// The measures of docs/measures.md as expressions: one definition each, rendered as a PLAN.* custom-function
// call or expanded into native worksheet functions (no LET/LAMBDA, so Excel 2010+ and LibreOffice 7 compute it).
import { STATUS_LABELS, type Language, type StatusMethod } from "../model";
import {
  BLANK, call, div, eq, err, ge, gt, iff, le, lt, measure, mul, num, or, pow, str, sub, type Expr,
} from "./expr";
import { CAP_SYMBOLS, GROWTH_KIND_LABELS, RANGE_SYMBOLS } from "./labels";

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
}

export interface StatusSettings {
  method: StatusMethod;
  /** Time-progress tolerance as a fraction (0.05 = 5 points). */
  tolerance: number;
  language: Language;
}

const ONE = num(1);
const ZERO = num(0);

export const isCap = (c: Expr): Expr => or(...CAP_SYMBOLS.map((s) => eq(c, str(s))));
export const isRange = (c: Expr): Expr => or(...RANGE_SYMBOLS.map((s) => eq(c, str(s))));
export const isGrowthKind = (k: Expr): Expr => or(...GROWTH_KIND_LABELS.map((s) => eq(k, str(s))));

/** (to/from)^(1/n) − 1, natively Excel's RRI(n, from, to); #NUM! outside the domain (from ≤ 0, to < 0, n ≤ 0). */
export const reqGrowth = (from: Expr, to: Expr, years: Expr): Expr =>
  measure(
    "REQGROWTH",
    [from, to, years],
    iff(or(le(from, ZERO), lt(to, ZERO), le(years, ZERO)), err("#NUM!"), call("RRI", years, from, to)),
  );

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

/** Gap to the target in its unit: floors max(0, T − L), caps max(0, L − T), range: distance outside [T, Tmax]. */
export const gap = (latest: Expr, target: Expr, comparator: Expr, targetMax: Expr): Expr =>
  measure(
    "GAP",
    [latest, target, comparator, targetMax],
    iff(
      isCap(comparator),
      call("MAX", ZERO, sub(latest, target)),
      iff(
        isRange(comparator),
        // A range needs its upper bound (#VALUE! without it, #NUM! below the lower bound), as in measure/gap.
        iff(
          call("ISNUMBER", targetMax),
          iff(
            lt(targetMax, target),
            err("#NUM!"),
            iff(lt(latest, target), sub(target, latest), iff(gt(latest, targetMax), sub(latest, targetMax), ZERO)),
          ),
          err("#VALUE!"),
        ),
        call("MAX", ZERO, sub(target, latest)),
      ),
    ),
  );

/** Completion progress (L − B)/(T − B), not clamped. */
export const progress = (base: Expr, latest: Expr, target: Expr): Expr =>
  measure("PROGRESS", [base, latest, target], div(sub(latest, base), sub(target, base)));

/** Time progress (l − b)/(t − b). */
export const timeProgress = (baseYear: Expr, latestYear: Expr, targetYear: Expr): Expr =>
  measure("TIMEPROGRESS", [baseYear, latestYear, targetYear], div(sub(latestYear, baseYear), sub(targetYear, baseYear)));

/** Average annual growth (x/y)^(1/n) − 1 written without RRI so it can sit inside a ratio. */
const cagr = (from: Expr, to: Expr, years: Expr): Expr => sub(pow(div(to, from), div(ONE, years)), ONE);

/** Growth-ratio thresholds (Eurostat SDG monitoring): ≥ 0.95 on track, ≥ 0.6 moderate, ≥ 0 lagging, else away. */
function byRatio(r: Expr, L: Record<string, Expr>): Expr {
  return iff(ge(r, num(0.95)), L.onTrack!, iff(ge(r, num(0.6)), L.moderate!, iff(ge(r, ZERO), L.lagging!, L.away!)));
}

/**
 * Status label per docs/measures.md, natively: every branch spelled out because LET is unavailable in
 * Excel 2010–2019 and LibreOffice 7. The chosen method and tolerance are constants of the formula.
 */
export function status(i: MeasureInputs, s: StatusSettings): Expr {
  const labels = STATUS_LABELS[s.language];
  const L: Record<string, Expr> = {
    achieved: str(labels.achieved),
    onTrack: str(labels["on-track"]),
    moderate: str(labels.moderate),
    lagging: str(labels.lagging),
    away: str(labels.away),
  };
  const { base: B, baseYear: b, latest: Lv, latestYear: l, target: T, targetYear: t, comparator: c, kind: k } = i;
  const cap = isCap(c);

  // Level, share and increment targets.
  const met = iff(cap, le(Lv, T), ge(Lv, T));
  const baseBeyond = le(iff(cap, sub(B, T), sub(T, B)), ZERO);
  let byMethod: Expr;
  if (s.method === "time") {
    const p = div(sub(Lv, B), sub(T, B));
    const tau = div(sub(l, b), sub(t, b));
    byMethod = iff(
      lt(p, ZERO),
      L.away!,
      iff(lt(p, sub(tau, num(s.tolerance))), L.lagging!, iff(lt(p, tau), L.moderate!, L.onTrack!)),
    );
  } else {
    const ratio = div(cagr(B, Lv, sub(l, b)), cagr(B, T, sub(t, b)));
    byMethod = iff(or(le(B, ZERO), le(Lv, ZERO), le(T, ZERO)), BLANK, byRatio(ratio, L));
  }
  const levelStatus = iff(met, L.achieved!, iff(baseBeyond, L.away!, byMethod));

  // Growth-rate targets: T is a rate in %, B and L are levels.
  const a = mul(cagr(B, Lv, sub(l, b)), num(100));
  const metOrAhead = iff(ge(l, t), L.achieved!, L.onTrack!);
  const growthStatus = iff(
    or(le(B, ZERO), le(Lv, ZERO)),
    BLANK,
    iff(
      cap,
      iff(le(a, T), metOrAhead, L.lagging!),
      iff(ge(a, T), metOrAhead, iff(gt(T, ZERO), byRatio(div(a, T), L), L.lagging!)),
    ),
  );

  // Blank inputs are handled by the caller (statusFormula) so both flavours share that test.
  const native = iff(or(le(l, b), le(t, b)), BLANK, iff(isGrowthKind(k), growthStatus, levelStatus));
  return measure(
    "STATUS",
    // PLAN.STATUS(base, baseYear, latest, latestYear, target, targetYear, comparator, method, tolerance, kind)
    [B, b, Lv, l, T, t, c, str(s.method), num(s.tolerance), k],
    native,
  );
}
