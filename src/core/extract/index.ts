// extract(text): the whole pipeline. normalise → lines → headings / tables / sentences / clauses → rules →
// refiners (past facts, policy parameters, year, section, responsible units, ids) → Target[] with offsets
// into the ORIGINAL text.
import type { ExtractionResult, Target } from "../model";
import { readDocument } from "../document/metadata";
import { isNavLine } from "../text/debris";
import { normalise, toOriginal } from "../text/normalise";
import { clauses, headingOf, sentences, splitLines, titleMask, type Span } from "../text/segment";
import { planHorizon, WalkContext } from "./context";
import { mentionsIn } from "./mention";
import { isPastClause, isPastSentence, opensWithEarlierPeriod, opensWithReview } from "./refiners/past-facts";
import { isPolicyParameter } from "./refiners/policy-parameters";
import { assignIds } from "./refiners/ids";
import { responsibleGroups, unitsFor } from "./refiners/responsible";
import { respectivelyRule, sharedRule } from "./rules/distribution";
import { indicatorNumberRule } from "./rules/indicator-number";
import { numberFirstRule } from "./rules/number-first";
import { wordNumberRule } from "./rules/word-numbers";
import { yearBreakdownRule } from "./rules/year-breakdown";
import { tableAt } from "./tables";
import { joinWrappedLines } from "./wrap";
import type { Candidate, ClauseRule, SentenceMemo } from "./types";
import { yearMentions, type YearMention } from "./years";

/**
 * Index of the last year mention that ends at or before `pos` (binary search), or -1. A deadline date
 * (2024年12月31日前) counts only within its own semicolon clause.
 */
function lastBefore(years: YearMention[], pos: number, text?: string): number {
  let lo = 0, hi = years.length - 1, ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (years[mid].end <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  // a few deadline dates at most stand between: each skipped one is checked once
  for (let k = 0; text !== undefined && ans >= 0 && years[ans].narrow && k < 4; k++) {
    // (a deadline more than a few hundred characters back is out of its clause anyway)
    const far = pos - years[ans].end > 300;
    if (!far && !text.slice(years[ans].end, pos).includes(";")) break;
    ans--;
  }
  return ans;
}

export interface ExtractOptions {
  /** Document id (a seed's three-digit prefix, else the file's base name). */
  docId?: string;
  /** Leave out optional word-number targets (全覆盖, 清零). */
  includeOptional?: boolean;
  /** The document's year as the user states it (今年 / 全年 / 年内 / 本年 mean it); absent: read from the document. */
  docYear?: number;
}

/** Clause rules in the order they run; each consumes the mentions it uses. */
export const CLAUSE_RULES: ClauseRule[] = [yearBreakdownRule, respectivelyRule, sharedRule, indicatorNumberRule, numberFirstRule, wordNumberRule];

interface Placed {
  c: Candidate;
  section: string[];
  year: number | null;
  responsible: string[];
  sentence: Span;
}

const ATTACHMENT = /^附件\s*\d*\s*[::]?/;

/** Lead-ins and record fields that end in a colon but name no indicator: 主要目标:, 责任单位:, 发布日期:. */
const LEAD_IN_LABEL = /(目标|任务|指标|要求|措施|重点|内容|举措|单位|部门|日期|时间|期限|地点|文号|编号|电话|地址|说明|备注|注|如下|包括|是|为|有|其中|主要|方面|来源|依据|附件|标题|主题|联系人)$/;
/** A label-value line's value: a number, after at most a comparator, growth or total word (重点项目:新建学校5所 is no value). */
const VALUE_OPENING = /^(?:(?:[一二三四五六七八九十]年)?累计|年均增长|年均|增长|增速|达到|达|突破|超过|控制在|提高到|提高|提升到|提升|不低于|不少于|不超过|不高于|低于|高于|稳定在|保持在|下降|降低|约|力争|[≥≤<>])?\d/;

/**
 * Clauses of a sentence; in an indicator list line "label:value" (城镇化率:62%, 高新技术企业数:突破300家) the label
 * and the value's first clause are one clause, so the label names the indicator of the value.
 */
function labelValueClauses(text: string, sentence: Span, opensLine: boolean): Span[] {
  const parts = clauses(text, sentence.start, sentence.end);
  if (!opensLine || parts.length < 2 || text[parts[0].end] !== ":") return parts;
  const label = text.slice(parts[0].start, parts[0].end).trim();
  if (label.length < 2 || label.length > 30 || /[\d\s]/.test(label) || LEAD_IN_LABEL.test(label)) return parts;
  if (!/[\u4e00-\u9fff]$/.test(label) && !/[)]$/.test(label)) return parts;
  const value = text.slice(parts[1].start, parts[1].end).trim();
  // a date (2024-01-01) or a plain code is a record field, not a value
  if (!VALUE_OPENING.test(value) || /^\d{4}[-./年]\d{1,2}/.test(value)) return parts;
  return [{ start: parts[0].start, end: parts[1].end }, ...parts.slice(2)];
}

export function extract(original: string, options: ExtractOptions = {}): ExtractionResult {
  const docId = options.docId ?? "doc";
  const includeOptional = options.includeOptional ?? true;
  const plain = normalise(original);
  // metadata reads the lines as written; the rules read sentences whole across wrapped lines
  const facts = readDocument(plain.text, docId);
  const clean = joinWrappedLines(plain);
  const text = clean.text;
  const docYear = facts.docYear;
  const mask = titleMask(text);
  const horizon = planHorizon(facts.title, text, docYear, mask);
  const ctx = new WalkContext(docYear, horizon);
  const lines = splitLines(text);
  const placed: Placed[] = [];

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const raw = text.slice(line.start, line.end);
    const trimmed = raw.trim();
    if (trimmed.length === 0 || isNavLine(trimmed)) continue;
    const lead = line.start + raw.indexOf(trimmed[0]);

    // a failed header check covers the next ten lines too (their header would be a suffix of this one)
    // a failed header check reads at most a dozen cells ahead, so checking every line stays linear
    const table = tableAt(text, lines, li, trimmed, horizon);
    if (table) {
      for (const c of table.targets) {
        // a past plan's table (2020年目标 | 2020年完成 in a later document) reviews, it sets nothing
        if (c.year !== null && docYear !== null && c.year < docYear) continue;
        placed.push({ c, section: ctx.sectionPath, year: c.year ?? ctx.fallbackYear(), responsible: c.responsible ?? [], sentence: { start: c.start, end: c.end } });
      }
      li = table.lastLine;
      continue;
    }

    if (ATTACHMENT.test(trimmed) && trimmed.length <= 60) {
      const ys = yearMentions(text, lead, line.end, docYear, mask);
      ctx.enterAttachment(ys.length ? ys[ys.length - 1].year : null);
      continue;
    }
    if (ctx.attachmentTitleLines > 0 && trimmed.length <= 40 && !/[。,;]/.test(trimmed)) {
      ctx.attachmentTitleLines--;
      const ys = yearMentions(text, lead, line.end, docYear, mask);
      if (ys.length && /(要点|计划|方案|任务|清单|安排|目标)/.test(trimmed)) ctx.attachmentYear = ys[ys.length - 1].year;
      // the attachment's title heads the section path of what follows (…主要目标一览表)
      if (/(表|要点|计划|方案|清单|名单|安排)$/.test(trimmed) && !headingOf(trimmed)) ctx.setAttachmentTitle(trimmed, ctx.attachmentYear);
      if (!headingOf(trimmed)) continue;
    } else if (trimmed.length > 40) {
      ctx.attachmentTitleLines = 0;
    }

    const heading = headingOf(trimmed);
    if (heading?.body) ctx.closeLevel(heading.level);
    if (heading && !heading.body) ctx.enterHeading(heading.level, heading.title, text, mask, lead);
    else {
      // a paragraph that opens with a year sets it for what follows in the section: 2027年,城区…
      const ys = yearMentions(text, lead, Math.min(line.end, lead + 16), docYear, mask);
      if (ys.length && ys[0].pos - lead <= 10 && /^[,,::]|^(底|末)?[,,]/.test(text.slice(ys[0].end, ys[0].end + 2)) &&
        // 2024年,全县粮食播种面积118.6万亩 in a 2025 document reviews last year and sets no scope
        !(docYear !== null && ys[0].year < docYear)) ctx.lineYear = ys[0].year;
      // an intro line ending in a colon sets the year of what it introduces: 锚定二〇三五年远景目标,"十四五"时期…主要目标是:
      if (/[::]$/.test(trimmed) && trimmed.length <= 120) {
        const all = yearMentions(text, lead, line.end, docYear, mask).filter((y) => !/^(远景|远期)/.test(text.slice(y.end, y.end + 2)));
        if (all.length) ctx.lineYear = all[all.length - 1].year;
      }
    }

    const paragraphPast = ctx.inPastSection || opensWithReview(trimmed) || opensWithEarlierPeriod(trimmed, horizon);
    const groups = responsibleGroups(text, line.start, line.end);
    const lineYears = yearMentions(text, line.start, line.end, docYear, mask);
    const section = ctx.sectionPath;
    for (const sentence of sentences(text, line.start, line.end)) {
      const memo: SentenceMemo = { indicator: null };
      const sText = text.slice(sentence.start, sentence.end);
      const sYears = lineYears.filter((y) => y.pos >= sentence.start && y.end <= sentence.end);
      if (paragraphPast && !sYears.some((y) => docYear !== null && y.year > docYear)) continue;
      if (isPastSentence(sText, sYears, docYear)) continue;
      for (const clause of labelValueClauses(text, sentence, sentence.start === lead)) {
        if (isPastClause(text.slice(clause.start, clause.end))) continue;
        // 建成充电桩22642个,其中,直流桩3895个,交流桩18747个: what 其中 lists are parts of the amount before
        if (/^\s*其中/.test(text.slice(clause.start, clause.start + 4))) memo.partsOfIncrement = memo.lastIncrement === true;
        const mentions = mentionsIn(text, clause.start, clause.end, mask);
        const consumed = new Set<(typeof mentions)[number]>();
        for (const rule of CLAUSE_RULES) {
          if (mentions.length === 0 && rule !== wordNumberRule && rule !== yearBreakdownRule) continue;
          for (const c of rule.apply({ text, clause, sentence, mentions, memo }, consumed)) {
            memo.lastIncrement = c.kind === "increment";
            if (c.rule !== "year-breakdown") memo.lastTarget = { indicator: c.indicator, unit: c.unit, kind: c.kind };
            if (c.optional && !includeOptional) continue;
            const before = text.slice(Math.max(clause.start, c.numberAt - 60), c.numberAt);
            const after = text.slice(c.numberAt, clause.end);
            if (c.rule !== "word-number" && isPolicyParameter(before, after.replace(/^[\d.,%—-]+[^\u4e00-\u9fff]*/, ""))) continue;
            const own = ownYear(c, sentence, lineYears);
            // a value tied to a year before the document (由2020年的320亿元…) is a baseline, not a target
            if (own !== null && docYear !== null && own < docYear) continue;
            placed.push({ c, section, year: c.year ?? own ?? yearFor(c, sentence, lineYears, ctx), responsible: unitsFor(groups, c.end), sentence });
            // the year of a breakdown item (其中2024年40个) dates that item only, not what follows it
            if (c.rule === "year-breakdown") {
              const k = lineYears.findIndex((y) => y.pos >= c.start && y.end <= c.end);
              if (k >= 0) lineYears.splice(k, 1);
            }
          }
        }
      }
    }
  }

  /** Year named in the number's own sentence, just before it (2020年的320亿元 → 2020), or null. */
  function ownYear(c: Candidate, sentence: Span, lineYears: YearMention[]): number | null {
    const i = lastBefore(lineYears, c.numberAt, text);
    return i >= 0 && lineYears[i].pos >= sentence.start ? lineYears[i].year : null;
  }

  /** Nearest year before the number in its sentence, else earlier in its paragraph, else the context's. */
  function yearFor(c: Candidate, sentence: Span, lineYears: YearMention[], context: WalkContext): number | null {
    const i = lastBefore(lineYears, c.numberAt, text);
    if (i >= 0 && lineYears[i].end <= c.numberAt && (lineYears[i].pos >= sentence.start || setsScope(lineYears[i]))) return lineYears[i].year;
    return context.fallbackYear();
  }

  /**
   * Whether a year in an earlier sentence of the paragraph carries over: a scope (到2025年,… / 2025年:) does; a
   * year that only dates its own sentence (2024年完成…; 2000年底前建成的…) or lies before the document does not.
   */
  function setsScope(y: YearMention): boolean {
    if (docYear !== null && y.year < docYear) return false;
    if (/(到|至|力争|争取|在|于)$/.test(text.slice(Math.max(0, y.pos - 2), y.pos))) return true;
    return /^(底|末|前|以前|之前)?[,:;。)]/.test(text.slice(y.end, y.end + 4));
  }

  placed.sort((a, b) => a.c.start - b.c.start || a.c.numberAt - b.c.numberAt);
  const targets: Target[] = [];
  const seen = new Set<string>();
  for (const p of placed) {
    const key = `${p.c.start}:${p.c.end}:${p.c.numberAt}:${p.c.indicator}:${p.c.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const span = toOriginal(clean, p.c.start, p.c.end);
    const sent = toOriginal(clean, p.sentence.start, p.sentence.end);
    targets.push({
      id: "", docId, indicator: p.c.indicator, comparator: p.c.comparator, value: p.c.value, valueMax: p.c.valueMax,
      unit: p.c.unit, year: p.year, period: p.c.period, kind: p.c.kind, responsible: p.responsible, section: p.section,
      start: span.start, end: span.end, text: original.slice(span.start, span.end),
      sentenceStart: sent.start, sentenceEnd: sent.end, optional: p.c.optional,
      ...(p.c.decrease ? { decrease: true } : {}),
    });
  }
  assignIds(targets);
  const { docYear: _unused, ...doc } = facts;
  return { document: { ...doc, horizon }, targets };
}
