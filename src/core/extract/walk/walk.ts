// The walk stage: the clean text, line by line, becomes blocks — sentences annotated with their section path, the
// year in scope, responsible units, review/past flags and clauses; tables recognised as tables; lines that carry
// no statement (navigation, attachment marks). Later stages read blocks and never the line structure again.
import { isNavLine } from "../../text/debris";
import { headingOf, inlineSegments, sentences, splitLines, type Span } from "../../text/segment";
import { responsibleGroups, type ResponsibleGroup } from "../refiners/responsible";
import { tableAt } from "../tables/find";
import { gluedTables } from "../tables/glued";
import { yearRowTables } from "../tables/year-rows";
import type { TableReading } from "../tables/table";
import { WalkContext } from "./context";
import { labelValueClauses } from "./label-value";
import { pastParagraphReason, pastSentenceReason } from "./review";
import { yearMentions, type YearMention } from "./years";

/** What every stage needs to know of the document. */
export interface Prepared {
  /** Clean text (normalised, wrapped lines joined). */
  text: string;
  /** Positions inside 《titles》. */
  mask: Uint8Array;
  /** The year the document speaks in (今年), or null. */
  docYear: number | null;
  /** The plan's target year, or null. */
  horizon: number | null;
}

/** A line of text with what its sentences share. */
export interface LineInfo {
  start: number;
  end: number;
  /** Year mentions of the whole line (a breakdown item's year is marked used so it dates that item only). */
  years: YearMention[];
  usedYears: Set<YearMention>;
  groups: ResponsibleGroup[];
}

export interface SentenceBlock {
  kind: "sentence";
  span: Span;
  /** Clauses, a "label:value" pair read as one. */
  clauses: Span[];
  line: LineInfo;
  section: string[];
  /** The year the context gives (a year-setting line, a heading, an attachment, the horizon). */
  scopeYear: number | null;
  /** Why the sentence states the past, or null when it may set targets. */
  past: string | null;
}

export interface TableBlock {
  kind: "table";
  span: Span;
  reading: TableReading;
  section: string[];
  scopeYear: number | null;
}

/** A line that states nothing (page navigation, an attachment mark, an attachment's title). */
export interface QuietBlock {
  kind: "quiet";
  span: Span;
  reason: string;
}

export type Block = SentenceBlock | TableBlock | QuietBlock;

const ATTACHMENT = /^附件\s*\d*\s*[::]?/;

export function walk(doc: Prepared): Block[] {
  const { text, mask, docYear, horizon } = doc;
  const ctx = new WalkContext(docYear, horizon);
  // a run-on line (a flattened web page) is read as the lines its inline headings begin
  const lines = splitLines(text).flatMap((l) => inlineSegments(text, l));
  const out: Block[] = [];
  let firstTop: { at: number; title: string } | null = null;

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const raw = text.slice(line.start, line.end);
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    if (isNavLine(trimmed)) { out.push({ kind: "quiet", span: line, reason: "page navigation or metadata" }); continue; }
    const lead = line.start + raw.indexOf(trimmed[0]);

    const table = tableAt(text, lines, li, trimmed, doc);
    if (table) {
      const end = lines[table.lastLine].end;
      out.push({ kind: "table", span: { start: line.start, end }, reading: table.reading, section: ctx.sectionPath, scopeYear: ctx.fallbackYear() });
      li = table.lastLine;
      continue;
    }

    if (ATTACHMENT.test(trimmed) && trimmed.length <= 60) {
      const ys = yearMentions(text, lead, line.end, docYear, mask);
      ctx.enterAttachment(ys.length ? ys[ys.length - 1].year : null);
      out.push({ kind: "quiet", span: line, reason: "an attachment mark" });
      continue;
    }
    if (ctx.attachmentTitleLines > 0 && trimmed.length <= 40 && !/[。,;]/.test(trimmed)) {
      ctx.attachmentTitleLines--;
      const ys = yearMentions(text, lead, line.end, docYear, mask);
      if (ys.length && /(要点|计划|方案|任务|清单|安排|目标)/.test(trimmed)) ctx.attachmentYear = ys[ys.length - 1].year;
      // the attachment's title heads the section path of what follows (…主要目标一览表)
      if (/(表|要点|计划|方案|清单|名单|安排)$/.test(trimmed) && !headingOf(trimmed)) ctx.setAttachmentTitle(trimmed, ctx.attachmentYear);
      if (!headingOf(trimmed)) { out.push({ kind: "quiet", span: line, reason: "an attachment's title" }); continue; }
    } else if (trimmed.length > 40) {
      ctx.attachmentTitleLines = 0;
    }

    const heading = headingOf(trimmed);
    if (heading && heading.level <= 1 && firstTop === null) firstTop = { at: out.length, title: heading.title };
    if (heading?.body) ctx.closeLevel(heading.level);
    if (heading && !heading.body) ctx.enterHeading(heading.level, heading.title, text, mask, lead, headingEnd(text, lead, line.end, heading.title));
    else setLineYear(ctx, text, lead, line.end, trimmed, doc);

    const paragraphPast = pastParagraphReason(trimmed, ctx.inPastSection, horizon);
    const info: LineInfo = { start: line.start, end: line.end, years: yearMentions(text, line.start, line.end, docYear, mask), usedYears: new Set(), groups: responsibleGroups(text, line.start, line.end) };
    const section = ctx.sectionPath;
    const scopeYear = ctx.fallbackYear();
    // a table whose cells ran together inside the line (a flattened web page) is read as a table
    const tables = [
      ...(raw.includes("序号") ? gluedTables(text, line.start, line.end, (at) => titleBefore(text, line.start, at), docYear, horizon) : []),
      ...(raw.includes("年份") ? yearRowTables(text, line.start, line.end).map((t) => ({ start: t.start, end: t.end, reading: { candidates: t.candidates, baselines: [] } })) : []),
    ].sort((a, b) => a.start - b.start).filter((t, i, all) => i === 0 || t.start >= all[i - 1].end);
    let from = line.start;
    for (const part of [...tables, null]) {
      const to = part ? part.start : line.end;
      // a past statement continued after a semicolon (2020年,…人口65448人;65岁及以上人口47678人) stays past
      let carried: string | null = null;
      for (const sentence of sentences(text, from, to)) {
        const sYears = info.years.filter((y) => y.pos >= sentence.start && y.end <= sentence.end);
        // a review paragraph may still name a year after the document's (…,力争2025年达到…)
        const past: string | null = (paragraphPast && !sYears.some((y) => docYear !== null && y.year > docYear) ? paragraphPast : null) ??
          pastSentenceReason(text.slice(sentence.start, sentence.end), sYears, docYear) ?? (sYears.length === 0 ? carried : null);
        carried = past && text[sentence.end] === ";" ? past : null;
        out.push({ kind: "sentence", span: sentence, clauses: labelValueClauses(text, sentence, sentence.start === lead), line: info, section, scopeYear, past });
      }
      if (part) {
        out.push({ kind: "table", span: { start: part.start, end: part.end }, reading: part.reading, section, scopeYear });
        from = part.end;
      }
    }
  }
  if (firstTop) markLeadingReview(out, firstTop, text, docYear);
  return out;
}

/** Review wording: 过去五年, 十年来, 回顾, …以来, 取得…成绩. */
const REVIEW_WORDS = /过去[一两三五十]年|[一二三五十]年来|回顾|以来|成绩|成效|取得/g;

/**
 * An excerpt that starts inside a report's first part, before its first top heading numbered 二 or later (二、2025年
 * 工作安排): that first part is the review when its words say so.
 */
function markLeadingReview(blocks: Block[], first: { at: number; title: string }, text: string, docYear: number | null): void {
  if (!/^(第[二三四五六七八九十]|[二三四五六七八九十]{1,2}、)/.test(first.title)) return;
  const leading = blocks.slice(0, first.at).filter((b): b is SentenceBlock => b.kind === "sentence");
  let words = 0;
  for (const b of leading) words += (text.slice(b.span.start, b.span.end).match(REVIEW_WORDS) ?? []).length;
  if (words < 2) return;
  for (const b of leading) {
    const future = b.line.years.some((y) => y.pos >= b.span.start && y.end <= b.span.end && docYear !== null && y.year > docYear);
    if (!future) b.past ??= "before the plan part (the report's review)";
  }
}

/**
 * Where a heading's words end: its title, or — when the title was cut at a comma in a line that runs on — the rest of
 * that first phrase, up to 40 characters (三、脚踏实地,做实做细做成2021年工作).
 */
function headingEnd(text: string, lead: number, end: number, title: string): number {
  const titleEnd = lead + title.length;
  if (text[titleEnd] !== ",") return titleEnd;
  let e = titleEnd + 1;
  while (e < end && e - lead < 40 && !/[。;,:]/.test(text[e])) e++;
  return e;
}

/** The words before a table in its line that name it: 表2 “十四五”时期卫生健康规划指标. */
function titleBefore(text: string, lineStart: number, at: number): string | null {
  const before = text.slice(Math.max(lineStart, at - 60), at);
  const k = before.lastIndexOf("表");
  return k >= 0 && /^表\s*\d/.test(before.slice(k)) ? before.slice(k).trim() : null;
}

/**
 * A paragraph that opens with a year sets it for what follows in the section (2027年,城区…); an intro line ending
 * in a colon sets the year of what it introduces (锚定二〇三五年远景目标,"十四五"时期…主要目标是:).
 */
function setLineYear(ctx: WalkContext, text: string, lead: number, end: number, trimmed: string, doc: Prepared): void {
  const { docYear, mask } = doc;
  const ys = yearMentions(text, lead, Math.min(end, lead + 16), docYear, mask);
  if (ys.length && ys[0].pos - lead <= 10 && /^[,,::]|^(底|末)?[,,]/.test(text.slice(ys[0].end, ys[0].end + 2)) &&
    // 2024年,全县粮食播种面积118.6万亩 in a 2025 document reviews last year and sets no scope
    !(docYear !== null && ys[0].year < docYear)) ctx.lineYear = ys[0].year;
  if (/[::]$/.test(trimmed) && trimmed.length <= 120) {
    const all = yearMentions(text, lead, end, docYear, mask).filter((y) => !/^(远景|远期)/.test(text.slice(y.end, y.end + 2)));
    if (all.length) ctx.lineYear = all[all.length - 1].year;
  }
}
