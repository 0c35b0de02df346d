// Internal types of the extraction pipeline (clean-text offsets until the final mapping).
import type { Comparator, MentionRole, TargetKind, TargetPeriod } from "../model";
import type { Span } from "../text/segment";
import type { Mention } from "./mentions/scan";
import type { PossibleReason } from "./roles/possible";

export interface Candidate {
  /** Name of the rule that produced it (for tests and debugging). */
  rule: string;
  /** Clean-text span of the quote (indicator through number, unit and suffix). */
  start: number;
  end: number;
  /** Clean-text position of the number, used to find the nearest year. */
  numberAt: number;
  value: number;
  valueMax: number | null;
  unit: string;
  comparator: Comparator;
  kind: TargetKind;
  period: TargetPeriod;
  indicator: string;
  optional: boolean;
  /** Year fixed by the rule itself (a table's 2025年目标 column), else null. */
  year: number | null;
  responsible: string[] | null;
  /** Why the engine is unsure of a candidate a rule reads (a low-confidence target). */
  doubt?: PossibleReason;
  /** A growth target stated as a fall (能耗下降13.5%): the value is kept as written. */
  decrease?: boolean;
  /** From a table's 属性 column: 约束性 → true, 预期性 → false. */
  binding?: boolean;
  /** The year the change is measured from (较2020年, a base-year column), its value and where it is stated. */
  baseYear?: number | null;
  baseValue?: number | null;
  baseAt?: { start: number; end: number } | null;
}

export interface ClauseInput {
  text: string;
  clause: Span;
  /** The sentence holding the clause (distribution lists may cross clauses). */
  sentence: Span;
  mentions: Mention[];
  /** Shared by the clauses of one sentence: the last indicator named (地区生产总值达到…,年均增长7%). */
  memo: SentenceMemo;
}

/** What the clauses of one sentence share. */
/** The items of a 分别 list with as many values, and whether its values were shares. */
export interface ListedItems { items: string[]; shares: boolean }

export interface SentenceMemo {
  /** The last indicator named (地区生产总值达到…,年均增长7%). */
  indicator: string | null;
  /** The clause before ended in a count after a verb (培育3家…平台,20家…平台,100家…平台): a clause opening with a count continues it. */
  countCarries?: boolean;
  /** The verb of the last count read first-number-then-noun (改造46座危桥): a joiner in a clause that continues it hands it on. */
  countVerb?: string;
  /** A clause without a number, for a bare verb after it to take its topic (继续推进棚户区改造,完成800户). */
  topic?: Span | null;
  /** Subjects of the last 分别 list (市中心城区、三县县城…绿地率分别…), for a later 分别 clause naming only the indicator. */
  subjects?: string[];
  /** Whether the last target of the sentence was an amount added (建成充电桩…,其中直流桩…). */
  lastIncrement?: boolean;
  /** After 其中 following an amount added: the items listed are parts of it, amounts added too. */
  partsOfIncrement?: boolean;
  /** The items of the last 分别 list with as many values (肉、蛋、奶产量分别达到…), for a clause of their rates after it; whether its values were shares. */
  listedItems?: ListedItems;
  /** The first year of a span whose years a 分别 list of as many values gives each value (2021年至2024年…分别达到…). */
  yearSpan?: { from: number; count: number };
  /** The last target of the sentence, for a per-year breakdown after it (其中2024年40个、2025年50个). */
  lastTarget?: { indicator: string; unit: string; kind: TargetKind; period: TargetPeriod };
}

/** A role given to a mention by a rule that read it as something else than a candidate. */
type Claim = { role: MentionRole; reason: string };

/**
 * The mentions of a clause the rules have read: by a candidate (no role given: the candidate decides it), or as
 * something else with its role and reason (a qualifier inside a name, a starting value after 由).
 */
export class Claims {
  // Kept by the mention's place in the clause's own list (sorted by start), found by binary search: a hash map keyed
  // by the mention cost more on a clause of many numbers. Made on the first claim: most clauses have none.
  // (a mention not in that list, if a rule ever claims one, is kept in `others`)
  private claims: (Claim | null | undefined)[] | null = null;
  private others: Map<Mention, Claim | null> | null = null;
  private hint = 0;

  /** `mentions`: the clause's mentions, in text order. */
  constructor(private readonly mentions: readonly Mention[] = []) {}

  private indexOf(m: Mention): number {
    const list = this.mentions;
    // (the rules walk the clause's mentions in order: the one looked up last, or its neighbour, is the likely one)
    const h = this.hint;
    if (list[h] === m) return h;
    if (list[h + 1] === m) return (this.hint = h + 1);
    if (h > 0 && list[h - 1] === m) return (this.hint = h - 1);
    let lo = 0, hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < m.start) lo = mid + 1; else hi = mid;
    }
    if (list[lo] !== m) return -1;
    this.hint = lo;
    return lo;
  }

  add(m: Mention, role?: MentionRole, reason?: string): void {
    const claim = role ? { role, reason: reason ?? "" } : null;
    const i = this.indexOf(m);
    if (i >= 0) (this.claims ??= new Array(this.mentions.length))[i] = claim;
    else (this.others ??= new Map()).set(m, claim);
  }

  has(m: Mention): boolean {
    if (this.claims === null && this.others === null) return false;
    const i = this.indexOf(m);
    return i >= 0 ? this.claims !== null && this.claims[i] !== undefined : this.others !== null && this.others.has(m);
  }

  roleOf(m: Mention): Claim | null {
    if (this.claims === null && this.others === null) return null;
    const i = this.indexOf(m);
    return (i >= 0 ? this.claims?.[i] : this.others?.get(m)) ?? null;
  }
}

/** A rule looks at one clause and returns candidates; it claims the mentions it reads. */
export interface ClauseRule {
  name: string;
  apply(input: ClauseInput, consumed: Claims): Candidate[];
}
