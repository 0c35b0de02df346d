// A task and what is done of it, counted in one measure word: 15个农村幸福院建设已完成8个(53%), 263场送戏进万村已送230场.
// Progress notes write each of a year's tasks so: the first count is the task (a target, work of the period); the
// count after 已… is what is done, a result (the clause stays past for it).
import type { Candidate, ClauseRule } from "../types";

/** The task's count, what it counts, and the count done in the same measure word (group 2: the noun). */
const TASK = /^\d+(个|条|场|件|所|项|户|座|处|名|人|家)([^,，。;；\d]{2,24}?)已(?:经)?(?:完成|建成|送|实施|开工|改造|治理)?\s*\d+\1/;

export const taskThenDoneRule: ClauseRule = {
  name: "task-then-done",
  apply({ text, clause, mentions }, consumed) {
    const out: Candidate[] = [];
    for (const m of mentions) {
      if (consumed.has(m) || m.suffix !== null) continue;
      const t = taskAt(text, m, clause.end);
      if (!t) continue;
      const noun = t[2].replace(/(?:正在|正)$/, "");
      out.push({
        rule: this.name, start: m.start, end: m.unitEnd + noun.length, numberAt: m.start, value: m.value, valueMax: null, unit: m.unit,
        comparator: "=", kind: "increment", period: null, indicator: noun, optional: false, year: null, responsible: null,
      });
      consumed.add(m);
    }
    return out;
  },
};

/** Where in the clause mentions `mentions` a task's count stands before what is done of it. */
export function taskCounts(text: string, clauseEnd: number, mentions: readonly Counted[]): Set<number> {
  const at = new Set<number>();
  for (const m of mentions) if (taskAt(text, m, clauseEnd)) at.add(m.start);
  return at;
}

type Counted = { start: number; unit: string };

/**
 * The year's task named right before an amount in a report of what is done (全年任务为282个村, 占目标任务数100公里的136.9%,
 * 下达我市…投资任务33.9亿元): the amount is the target the report measures against.
 */
// (…or the task said as what is to be done by the year's end: …治理的任务是到年底前要治理135个)
const TASK_NAMED = /(?:全年|年度|本年度|今年)(?:目标)?任务(?:数|量)?(?:为|是)?\s*$|任务(?:为|是)(?:到|在)?(?:年底|年内|年末)前?(?:要|需)?(?:完成|治理|建设|新建|改造|实施|整治)\s*$|(?:目标|计划)任务(?:数|量)?(?:为|是)?\s*$|下达[^,。;]{0,16}?任务(?:数|量)?(?:为|是)?\s*$/;
/**
 * The year's planned investment, with what is done of it told after it in its sentence (列入市重大项目17个,年度计划投资24.19亿元,
 * 1-7月完成投资14.9亿元): the task the report measures against — not one beyond which a result went (超年度计划投资12个百分点),
 * nor the plan of projects an event started (本次集中开工…,年度计划投资2176亿元).
 */
const INVESTMENT_PLANNED = /(?<![超过于占])(?:全年|年度|本年度|今年|年)计划(?:完成)?投资(?:为|是)?(?:约|近)?\s*$/;
const DONE_AFTER = /^[^;；\n]{0,40}?完成/;

/** An indicator that is only the name of the year's task (全年任务, 占目标任务数): it takes its name from elsewhere. */
export function namesOnlyTask(indicator: string): boolean {
  return indicator.includes("任务") && /^占?(?:全年|年度|本年度|今年|目标|计划|下达)?(?:目标)?任务(?:数|量)?(?:为|是)?$/.test(indicator);
}

/** Whether the year's task is named right before the amount at `at` (see TASK_NAMED), within the clause from `from`. */
export function namesTaskBefore(text: string, from: number, at: number): boolean {
  // (every wording of the task names 任务, of the planned investment 投资: a look for them spares the patterns)
  const before = text.slice(Math.max(from, at - 24), at);
  return (before.includes("任务") && TASK_NAMED.test(before)) ||
    (before.includes("投资") && INVESTMENT_PLANNED.test(before) && DONE_AFTER.test(text.slice(at, at + 48)));
}

/** Where in the clause from `from` the year's task is named right before an amount (see TASK_NAMED). */
export function tasksNamed(text: string, from: number, mentions: readonly Counted[]): Set<number> {
  const at = new Set<number>();
  // (…已完成7.41万亩,占计划任务75%: a share of the task is what is done of it, not the task)
  for (const m of mentions) if (namesTaskBefore(text, from, m.start) && !(m.unit === "%" && /占[^,，。;；]{0,6}任务(?:数|量)?\s*$/.test(text.slice(Math.max(from, m.start - 12), m.start)))) at.add(m.start);
  return at;
}

/**
 * The year's plan named right before an amount in a progress report (2020年,我市保障性安居工程计划开工改造危旧房棚户区1250套
 * (户),…。截至7月底,开工建设…1005套): the planned amount is the target the report measures against.
 */
const PLANNED_BEFORE = /计划(?:开工)?(?:改造|新建|建设|完成|实施|发放|新增|开工|筹集)[^,，。;；\d]{0,16}$/;

/** Where in the clause from `from` a progress report names the year's plan right before an amount (see PLANNED_BEFORE). */
export function plannedCounts(text: string, from: number, mentions: readonly Counted[]): Set<number> {
  const at = new Set<number>();
  for (const m of mentions) {
    const before = text.slice(Math.max(from, m.start - 30), m.start);
    if (before.includes("计划") && PLANNED_BEFORE.test(before)) at.add(m.start);
  }
  return at;
}

/** The task read from the count `m` to the clause's end, or null (its measure word must be the count's unit). */
function taskAt(text: string, m: Counted, clauseEnd: number): RegExpExecArray | null {
  const t = TASK.exec(text.slice(m.start, clauseEnd));
  return t && t[1] === m.unit ? t : null;
}
