// A breakdown table's header in two tiers, read as one run of cells (a table given one cell per line, or its two header
// rows joined): the first tier names who the rows are (考核单位, 区县) and the measures shared out, each with its unit
// (合同外资(万美元) | 到位外资(万美元) | 备注); the second names, under each measure in turn, the target its column holds
// (本年任务), and may split a measure's column with a part of it (其中:外省), a column of its own.
import { TASK_WORDS, withoutBracketedTail } from "../phrase/lexicon";
import type { Cell } from "./cells";
import { columnOf, headerUnit, settle, type Column, type Header } from "./header";

/** A measure named in the first tier: 合同外资(万美元), 三资企业销售收入(亿元), 外贸出口. */
const MEASURE = /^[\u4e00-\u9fff]{2,12}(?:[(（][^()（）]{1,8}[)）])?$/;
/** A part of the measure above, splitting its column in the second tier: 其中:外省. */
const PART = /^其中[:：]?([\u4e00-\u9fff]{1,8})$/;
/** A bare target word under a measure (任务 alone is read as a column of tasks elsewhere). */
const BARE_TARGET = new RegExp(`^(?:${TASK_WORDS})$`);

/** A cell's text without spaces and the bars a broken row left beside it (备 注 | → 备注). */
const plain = (c: Cell): string => c.text.replace(/[\s|]+/g, "");

/** The second-tier target a cell names (本年任务, 2004年目标, 任务), or null. */
function targetUnder(t: string): Column | null {
  if (BARE_TARGET.test(t)) return { role: "target", year: null, cumulative: false, unit: null, places: false, text: t };
  const c = columnOf(t);
  return c && c.role === "target" && !c.shared && !c.cumulative && !c.scope ? c : null;
}

/**
 * The header of two tiers that starts at cells[i], or null: the rows' column first (a place's or a body's: 考核单位,
 * 县(市、区)), then at least two measures and any other columns (备注), then one target cell under each measure in order,
 * each followed by the parts that split its column.
 */
export function tieredHeader(cells: Cell[], i: number): Header | null {
  const first = i < cells.length ? columnOf(plain(cells[i])) : null;
  if (!first || !(first.role === "responsible" || (first.role === "indicator" && first.places))) return null;
  // the first tier: measures, and known columns that are no measure's (备注)
  const tier: { cell: Cell; other: Column | null }[] = [];
  let j = i + 1;
  for (; j < cells.length && tier.length < 12; j++) {
    const t = plain(cells[j]);
    if (t === "") continue;
    const known = columnOf(t);
    if (known?.role === "other") { tier.push({ cell: cells[j], other: known }); continue; }
    if (known || !MEASURE.test(t) || (/[(（]/.test(t) && headerUnit(t) === null)) break;
    tier.push({ cell: cells[j], other: null });
  }
  const measures = tier.filter((m) => m.other === null);
  if (measures.length < 2) return null;
  // the second tier: a target under each measure, in order, each with its parts
  const under: { target: Column; parts: string[] }[] = [];
  for (; j < cells.length; j++) {
    const t = plain(cells[j]);
    if (t === "") continue;
    const target = under.length < measures.length ? targetUnder(t) : null;
    const part = PART.exec(t);
    if (target) under.push({ target, parts: [] });
    else if (part && under.length > 0) under[under.length - 1].parts.push(part[1]);
    else break;
  }
  if (under.length !== measures.length) return null;
  const columns: Column[] = [{ ...first, text: plain(cells[i]) }];
  let m = 0;
  for (const { cell, other } of tier) {
    if (other) { columns.push(other); continue; }
    const name = withoutBracketedTail(plain(cell));
    const { target, parts } = under[m++];
    const unit = headerUnit(plain(cell)) ?? target.unit;
    const col = (measure: string): Column => ({ ...target, role: "target", measure, unit, shared: true, text: `${plain(cell)}${target.text}` });
    columns.push(col(name), ...parts.map((p) => col(`${name}(其中${p})`)));
  }
  return settle(columns, j);
}
