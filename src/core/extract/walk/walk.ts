// The walk stage: the clean text, line by line, becomes blocks — sentences annotated with their section path, the
// year in scope, responsible units, review/past flags and clauses; tables recognised as tables; lines that carry
// no statement (navigation, attachment marks). Later stages read blocks and never the line structure again.
import { isNavLine } from "../../text/debris";
import { matchUnit } from "../../numbers/units";
import { parseChineseNumeral } from "../../numbers/chinese";
import { headingOf, ITEM_UNDER_HEADING, readingLines, sentences, type Heading, type Span } from "../../text/segment";
import { responsibleGroups, type ResponsibleGroup } from "../refiners/responsible";
import { isRowLine, rowRunEnd, tableAt } from "../tables/find";
import { gluedTables } from "../tables/glued";
import { gluedYearTables, mayHoldGluedYears } from "../tables/glued-years";
import { yearRowTables } from "../tables/year-rows";
import type { TableReading } from "../tables/table";
import { MODAL, PLAN_PERIODS } from "../../document/doc-year";
import { WalkContext, YEARS_PROJECTS } from "./context";
import { labelValueClauses } from "./label-value";
import { BUDGETED, continuesPast, continuesReview, reviewOpeningReason, namesGoals, namesYearsBehind, pastYearOpening, partsOfReport, goesOnReport, reportsMonthsSoFar, setsNothingAhead, opensWithYearJustPast, pastParagraphReason, pastSentenceReason, planPartAfterReview, bringsOnceDone, LOOKS_BACK, REVIEW_OPENING, IN_REVIEW_SECTION, EARLIER_PERIOD, LAST_YEAR_GONE, lastYearWentWell, PART_GONE, setsPlan, unlessAhead, turnsToYearAhead, PLAN_CITED_AHEAD, DESCRIBED_REASON, WORK_PART_OPENS } from "./review";
import { quietReason } from "./quiet";
import { isChangeBase, isDigit, opensStage, THIS_YEAR, yearMentions, type YearMention, type YearsAhead } from "./years";

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
  /** What the document says of the years ahead of it (plans' spans, where its next five years end). */
  ahead: YearsAhead;
  /** Why every statement of the document is the past (a statistical bulletin, a summary), or null. */
  review: string | null;
  /** A progress report (…一季度进展情况): its numbered lines restate the items, the lines under them say what was done. */
  progress?: boolean;
  /** The document's title, when it states one (a plan for several years has no year's list of 民生实事). */
  title?: string | null;
  /** The first year of the plan the document issues when it opens before the document's year (see planFrom), or null. */
  planFrom?: number | null;
  /** Whether text[from, to) holds a quantity or a word that states a value (a sentence without is skipped). */
  statesAnything(from: number, to: number): boolean;
}

/** A line of text with what its sentences share. */
export class LineInfo {
  private used: Set<YearMention> | null = null;
  private units: ResponsibleGroup[] | null = null;

  /** `years`: year mentions of the whole line. */
  constructor(private readonly text: string, readonly start: number, readonly end: number, readonly years: YearMention[]) {}

  /** A breakdown item's year (其中2024年40个) is marked used so it dates that item only. */
  useYear(y: YearMention): void {
    (this.used ??= new Set()).add(y);
  }

  isUsed(y: YearMention): boolean {
    return this.used !== null && this.used.has(y);
  }

  /** Responsible units named in the line (read when a target needs them). */
  get groups(): ResponsibleGroup[] {
    return (this.units ??= responsibleGroups(this.text, this.start, this.end));
  }
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
  /** Whether its context looks ahead: a heading of goals, or a time its paragraph, line or heading sets after the document's year. */
  ahead?: boolean;
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
/** A table's column of progress made: 7月进度, 进展情况, 完成情况. */
// (…or a span of months and the work's results: 1-9月份工作完成情况, 1-9月份工作取得成效)
const PROGRESS_HEADER = /^(?:\d{1,2}(?:[-—–至~]\d{1,2})?月(?:份)?|[一二三四]季度|上半年|前[一二三]季度)?(?:工作)?(?:进度|进展|进展情况|推进情况|完成情况|落实情况|取得成效|成效)$/;

/** Sentences split further at the pipes between a table row's cells. */
function splitAtCells(text: string, spans: Span[], sep: number): Span[] {
  const out: Span[] = [];
  for (const sp of spans) {
    let start = sp.start;
    for (let i = sp.start; i < sp.end; i++) {
      if (text.charCodeAt(i) !== sep) continue;
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
    if (sp.end > start) out.push({ start, end: sp.end });
  }
  return out;
}

/** The index of the cell a position lies in, for positions asked in order (one pass over the row). */
function cellCounter(text: string, lead: number, sep: number): (at: number) => number {
  let at0 = lead;
  let seps = 0;
  return (at) => {
    for (; at0 < at; at0++) if (text.charCodeAt(at0) === sep) seps++;
    return seps;
  };
}

/** How many empty cells close a table row split at its separators (…| 监督电话 | | → 2). */
function emptyCellsClosing(cells: string[]): number {
  let n = 0;
  while (n < cells.length && cells[cells.length - 1 - n].trim() === "") n++;
  return n;
}

/** A line opening with its item's number (3.新增…, 一、…, (二)…). */
const LIST_ITEM = /^(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）])/;
/** The end mark of a news article with its editor's name: …(完) 【编辑:梁异】 (a bare (完) may close a lead only). */
const ARTICLE_END = /[(（]完[)）]\s*(?:【(?:责任)?编辑[::][^】]{0,16}】|[(（](?:责任)?编辑[::][^)）]{0,12}[)）])\s*$/;
const NO_YEARS: YearMention[] = [];
const NO_TABLES: { start: number; end: number; reading: TableReading }[] = [];

/**
 * Walks the document and hands each block to `visit` in order. Blocks before the first top heading wait until it
 * comes (they may be a report's review, see markLeadingReview); the others go at once.
 */
export function walk(doc: Prepared, visit: (block: Block) => void): void {
  const { text, mask, docYear, horizon, ahead } = doc;
  const ctx = new WalkContext(docYear, horizon, doc.title ?? null, ahead);
  // (a page titled as the year's list of 实事 or its work, 2026年民生实事项目, 一季度重点工作安排 — its title or a short first
  // line —, sets the year's work under it, as a heading of goals does)
  const firstLine = text.slice(0, Math.min(60, text.indexOf("\n") >>> 0)).trim();
  const heading = doc.title ?? (firstLine.length <= 30 && !/[。;,]/.test(firstLine) ? firstLine : null);
  const titleListsWork = heading !== null && /实事|工作(?:安排|计划|要点)/.test(heading) && namesGoals([heading]);
  // (a page on the year's budget draft, …2015年预算草案…: what a sentence opening with that year says of its budget is the plan,
  // its 同比 comparing it with last year's outturn — 2015年,福建省一般公共预算总收入4309亿元,同比上年增加390.72亿元)
  // (…or the draft named first, then its year: 根据财政部今日公布的政府预算草案报告,2026年继续实施…)
  const budgetDraft = docYear !== null && new RegExp(`${docYear}年[^。\\n]{0,12}?预算(?:草案|[(（]草案[)）])|预算草案[^。\\n]{0,12}?${docYear}年`).test(text.slice(0, 600));
  /** Whether a sentence opens with the draft's year and names no other (2015年,福建省一般公共预算总收入4309亿元,…). */
  const opensDraftYear = (said: string, years: readonly YearMention[]): boolean =>
    budgetDraft && years.length > 0 && years.every((y) => y.year === docYear) && said.trimStart().startsWith(`${docYear}年`);
  /**
   * Whether a sentence naming no year goes on from the draft's year named before it in its paragraph, and no year gone by
   * (…2026年继续实施更加积极的财政政策。…全国一般公共预算支出规模达到300100亿元,比上年增长4.4%): the draft's figures —
   * not an outturn, 完成, 执行, 实际.
   */
  const goesOnDraftYear = (said: string, sYears: readonly YearMention[], lineYears: readonly YearMention[], at: number): boolean =>
    budgetDraft && sYears.length === 0 && lineYears.some((y) => y.pos < at && y.year === docYear) && !lineYears.some((y) => y.pos < at && y.year < docYear!) && !OUTTURN.test(said);
  // a run-on line (a flattened web page) is read as the lines its inline headings begin
  const lines = readingLines(text);
  let out: Block[] | null = [];
  const push = (b: Block): void => { if (out) out.push(b); else visit(b); };
  // a news article ends with (完): what follows on the page (links, other headlines) is no part of it
  let ended = false;
  // (the columns whose header names progress: one table may have two, 1-9月份工作完成情况 | 1-9月份工作取得成效)
  let progressColumns: number[] = [];
  // (the header's first column numbers the rows: a row without its number continues the item above, its cells one
  // to the left — 序号 | 项目内容 | 进展情况 over …托位500个。 | …托位600个。)
  let serialFirst = false;
  let rowShift = 0;
  // (how many empty cells close the header row: a row closed by more is missing as many at its start)
  let headerPadding = 0;
  // (the last 序号 cell whose item was read, in a progress table written one cell per line: the next is one more)
  let lastSerial = 0;
  let rowsReadUntil = -1;
  // the bullet of the last line and why it was past: items of a bulleted list of results share the time of the first
  // (●2023年广东地区生产总值达到13.57万亿元… / ●广州经济总量突破3万亿元)
  // (typed by a cast: TypeScript narrows a plain `= null` to never across the loop's reassignments)
  let bulletPast = null as BulletPast | null;
  // the last paragraph that stated anything opened with a past year (2023年鄂州市…): a next one naming no year and
  // setting nothing goes on with it (鄂州市中心医院临空院区投用,…新增医疗床位2213张), as a news report of results does —
  // not one bounding its figures (地区生产总值增长5.5%左右): those are the year's goals
  let reviewBefore = false;
  // (whether the paragraph before spoke of an earlier plan period, or went on from one)
  let earlierPeriodBefore = false;
  // (…the last paragraph's last sentence stated the past, in a review's words (“十三五”期间,…5年间新增学位1.37万个。) or naming
  // only a year gone (2019年,…预计全省生产总值能够实现6%左右的预期目标。): a next one opening with 其中 tells its parts,
  // 其中,普惠性学位增加1.64万个)
  let pastBefore = false;

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const raw = text.slice(line.start, line.end);
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    // (a line that is no item of the same list ends it: ■ 2025年…主要预期目标 between two ● lists)
    if (bulletPast !== null && trimmed[0] !== bulletPast.mark) bulletPast = null;
    if (ended) { push({ kind: "quiet", span: line, reason: "after the end of the article" }); continue; }
    // a table row written with pipes or tabs: a header cell naming progress (7月进度) makes that column's cells past
    const cellSep = trimmed.includes("|") ? "|" : trimmed.includes("\t") ? "\t" : null;
    if (cellSep !== null) {
      const cells = trimmed.split(cellSep);
      const ks = cells.flatMap((c, at) => (PROGRESS_HEADER.test(c.trim()) ? [at] : []));
      const k = ks.length > 0 ? ks[0] : -1;
      // (the first cell after an outer bar, if the row has one)
      const first = (cells[0].trim() === "" && cells.length > 1 ? cells[1] : cells[0]).trim();
      if (k >= 0) { progressColumns = ks; serialFirst = /^(序号|编号)$/.test(first); headerPadding = emptyCellsClosing(cells); }
      // (…or a row whose first cells a merged cell above covers, padded with empty cells at its end instead: 15.推进… | … | |
      // under 类别 | 民生事项名称 | …)
      rowShift = k < 0 && serialFirst && first !== "" && !/^\d{1,3}[.、]?$/.test(first) ? 1 : k < 0 ? Math.max(0, emptyCellsClosing(cells) - headerPadding) : 0;
    } else progressColumns = [];
    if (ARTICLE_END.test(trimmed)) ended = true;
    if (isNavLine(trimmed)) { push({ kind: "quiet", span: line, reason: "page navigation or metadata" }); continue; }
    const lead = line.start + raw.indexOf(trimmed[0]);

    const table = li >= rowsReadUntil ? tableAt(text, lines, li, trimmed, doc) : null;
    // (a run of rows that gave no table is read as lines, and not tried again as a table from each of its lines)
    if (!table && li >= rowsReadUntil && isRowLine(trimmed)) rowsReadUntil = rowRunEnd(text, lines, li);
    if (table) {
      const end = lines[table.lastLine].end;
      push({ kind: "table", span: { start: line.start, end }, reading: table.reading, section: ctx.sectionPath, scopeYear: ctx.fallbackYear() });
      li = table.lastLine;
      continue;
    }

    if (ATTACHMENT.test(trimmed) && trimmed.length <= 60) {
      const ys = yearMentions(text, lead, line.end, docYear, mask, null, ahead);
      ctx.enterAttachment(ys.length ? ys[ys.length - 1].year : null);
      push({ kind: "quiet", span: line, reason: "an attachment mark" });
      continue;
    }
    const heading = headingOf(trimmed) ?? plainHeading(trimmed, () => nextLineIsSentence(text, lines, li), () => nearestText(text, lines, li, 1, 4), () => sentenceBefore(text, lines, li));
    if (ctx.attachmentTitleLines > 0 && trimmed.length <= 40 && !/[。,;]/.test(trimmed)) {
      ctx.attachmentTitleLines--;
      const ys = yearMentions(text, lead, line.end, docYear, mask, null, ahead);
      if (ys.length && /(要点|计划|方案|任务|清单|安排|目标)/.test(trimmed)) ctx.attachmentYear = ys[ys.length - 1].year;
      // the attachment's title heads the section path of what follows (…主要目标一览表)
      if (/(表|要点|计划|方案|清单|名单|安排)$/.test(trimmed) && !heading) ctx.setAttachmentTitle(trimmed, ctx.attachmentYear);
      if (!heading) { push({ kind: "quiet", span: line, reason: "an attachment's title" }); continue; }
    } else if (trimmed.length > 40) {
      ctx.attachmentTitleLines = 0;
    }

    if (heading && heading.level <= 1 && out) {
      markLeadingReview(out, heading.title, text.slice(0, lead), docYear);
      for (const b of out) visit(b);
      out = null;
    }
    if (heading) { reviewBefore = false; pastBefore = false; earlierPeriodBefore = false; }
    // (an item marked as a section, ◆…增长5%, ends the item before it marked alike: they are one list's items)
    if (heading?.body) ctx.closeLevel(heading.level === ITEM_UNDER_HEADING && ctx.sectionPath.at(-1)?.[0] === trimmed[0] ? 1 : heading.level);
    const years = yearMentions(text, line.start, line.end, docYear, mask, horizon, ahead);
    if (heading && !heading.body) {
      ctx.enterHeading(heading.level, heading.title, text, mask, lead, headingEnd(text, lead, line.end, heading.title));
      // (a heading a web page glued to its paragraph, 二、…2022年重点工作今后五年,我们肩负…。奋斗目标是:…: the paragraph
      // after the title sets its years as any paragraph does)
      if (trimmed.length > heading.title.length + 40 && trimmed.includes("。")) ctx.readLine(setLineYear(ctx, text, lead, trimmed, years, docYear));
    } else {
      // a line that is only a year (2025年—— / 2026年:) heads what follows it, as a news summary splits a report
      const bare = YEAR_BANNER.exec(trimmed);
      const banner = bare ?? YEAR_SUBHEAD.exec(trimmed) ?? yearCaption(trimmed, docYear);
      if (banner) {
        const year = /^\d/.test(banner[1]) ? Number(banner[1]) : parseChineseNumeral(banner[1]);
        // (a later year's line, 2027年——, dates what follows it; the document's year or a later one, on a line of its own
        // after a past year's, ends the review a heading of results opened: 一、…取得新突破 / 亮点 / 2025年 / … / 落点 /
        // 2026年 / … — not a year-end review's own year, 一、综合实力取得新突破 / 2026年 / …达到1420亿元)
        if (docYear !== null && year !== null && year >= docYear) {
          ctx.lineYear = year;
          if (banner === bare && ctx.bannerYear !== null && ctx.bannerYear < year) ctx.endReview();
        }
        ctx.bannerYear = year;
      } else if (docYear !== null && trimmed.length <= 6) {
        // (an infographic's caption alone on its line, 回头看 / … / 向前看: the year just past, or the document's own)
        const look = LOOK_CAPTION.exec(trimmed);
        if (look) ctx.bannerYear = look[1] ? docYear - 1 : docYear;
      }
      ctx.readLine(setLineYear(ctx, text, lead, trimmed, years, docYear));
    }

    // a line that states nothing and holds no glued table makes no block: its sentences need no reading
    const glued = raw.includes("序号");
    const gluedYears = !glued && mayHoldGluedYears(raw);
    const yearRows = raw.includes("年份");
    // (a line stating nothing may still turn to the year ahead: 会议要求,今年要坚定信心… ends the review before it)
    // (a line that states something is read sentence by sentence: its review goes on until a sentence turns ahead)
    const statesHere = doc.statesAnything(line.start, line.end);
    if (reviewBefore && (years.some((y) => docYear !== null && y.year >= docYear) || (!statesHere && !continuesReview(trimmed)) || /[:：]$/.test(trimmed))) reviewBefore = false;
    if (!glued && !gluedYears && !yearRows && !statesHere) continue;

    const mark: string | null = BULLET.test(trimmed) ? trimmed[0] : null;
    const prevBullet: BulletPast | null = bulletPast;
    const listPast: string | null = mark !== null && prevBullet !== null && prevBullet.mark === mark && prevBullet.reason !== null && !years.some((y) => docYear !== null && y.year >= docYear) &&
      continuesPast(trimmed) && !BOUND_AFTER.test(trimmed) ? prevBullet.reason : null;
    const serial = doc.progress ? serialCellBefore(text, lines, li) : null;
    const itemCell = serial !== null && serial === lastSerial + 1;
    if (itemCell) lastSerial = serial;
    // (2024年成绩 / … / 2025年,全市地区生产总值增长6%左右 / 今年主要预期目标: a paragraph that opens with the document's
    // year and what it will do, or with this year's goals, ends a summary's review)
    if (ctx.inPastSection && docYear !== null && turnsToDocumentYear(trimmed, docYear)) ctx.endReview();
    let paragraphPast: string | null = doc.review ?? (doc.progress && !LIST_ITEM.test(trimmed) && !itemCell ? "a progress note in a progress report" : null) ??
      pastParagraphReason(trimmed, ctx.inPastSection, horizon, docYear) ?? listPast ??
      // (…not a paragraph that goes on to name the document's year or a later one: 据介绍,2023年,…。2024年,…集团计划新开…航线3条以上)
      (ctx.bannerYear !== null && docYear !== null && ctx.bannerYear < docYear && !turnsAhead(trimmed) && !years.some((y) => y.year >= docYear) ? "under a line heading a past year (2025年——, 2023年全市…总收入637.58亿元)" : null);
    let linePast: string | null = null;
    // (a paragraph that opens with a review may turn to the year ahead: …明确了今年的工作重点。…培育打造20个…新场景)
    // (…or stands in a review section: 一、2025年工作回顾 / …下一步,我们将再新建学校8所)
    const mayTurn = paragraphPast === REVIEW_OPENING || paragraphPast === IN_REVIEW_SECTION;
    // 2024年,我省…。全年地区生产总值增长4.8%…: a paragraph opening with a year before the document's reviews it
    const pastOpening = paragraphPast === null ? pastYearOpening(trimmed, docYear) : -1;
    // (…or with the year just past, 去年,经开区招商引资实现新突破。全年新增…: its 全年 is that year)
    const openedPast: boolean = pastOpening >= 0 || (paragraphPast === null && opensWithYearJustPast(trimmed));
    // (the years of the lead-in before it are no time of the paragraph's: 记者从…2022年工作会议上了解到,2021年,…)
    const ownYearsFrom = openedPast ? line.start + raw.length - raw.trimStart().length + pastOpening : -1;
    const mayGoOnReview = paragraphPast === null && !openedPast && reviewBefore && !heading && years.length === 0 && mark === null;
    // (…as 此外, 同时 go on from a paragraph on an earlier plan period: “十三五”期间,…取得了显著成效。 / 此外,全市新建残疾人创业点6个)
    const goesOnPeriod: boolean = earlierPeriodBefore && paragraphPast === null && !openedPast && !heading && years.length === 0 && mark === null && GOES_ON_FROM.test(trimmed);
    const goesOnReview: boolean = (mayGoOnReview || goesOnPeriod) && continuesReview(trimmed) && !BOUND_AFTER.test(trimmed);
    // (…or, opening with a word that goes on from it, goes on with it until a sentence turns to what will be done: 同时,…
    // 商品房销售面积增长5%,新车销量增长47.7%。升级打造冰雪新天地,新雪季接待游客将突破5000万人次。 — not a paragraph of
    // tasks, 推进高标准农田建设,新建…。要确保…)
    // (the parts of a past statement, its first sentence bounded as the whole was: …预计…实现6%左右的预期目标。 / 其中,固定资产
    // 投资增长6%以上,社会消费品零售总额增长7.4%左右)
    // (…or opening with the amount they are parts of: 243.62万标箱中,内贸箱、外贸箱分别完成…)
    let partsOfPast: boolean = pastBefore && paragraphPast === null && !heading && ((trimmed.startsWith("其中") && GOES_ON_FROM.test(trimmed)) || PARTS_OF_AMOUNT.test(trimmed)) &&
      // (…naming only years gone: 其中,…19个项目被列入2017年全国优选旅游项目名录 in a page of 2018)
      (years.length === 0 || (docYear !== null && years.every((y) => y.year < docYear)));
    let untilTurn: boolean = (mayGoOnReview && !goesOnReview && GOES_ON_FROM.test(trimmed)) || partsOfPast;
    // (one paragraph only: the review does not run on from paragraph to paragraph)
    // (…as after one opening with the year just past, all of it review: 过去一年,…新增就业10316人。 / 浠水县持续巩固脱贫成果,
    // …达到14976元 — not one turning to this year, 过去的一年,…全部按期落地建成。今年,城中区…)
    reviewBefore = openedPast || (paragraphPast === REVIEW_OPENING && opensWithYearJustPast(trimmed) && continuesReview(trimmed));
    earlierPeriodBefore = paragraphPast === EARLIER_PERIOD || goesOnPeriod;
    const info = new LineInfo(text, line.start, line.end, years);
    const section = ctx.sectionPath;
    // (a task's note of who leads it and by when, closing its line: （牵头单位:…;完成时间:2025年底）— the year its work is due)
    const due = trimmed.endsWith(")") || trimmed.endsWith("）") ? TASK_DUE.exec(trimmed) : null;
    const scopeYear = due ? Number(due[1]) : ctx.fallbackYear(trimmed);
    // (a context looking ahead keeps as goals what a sentence alone might read as the present: …达到3.5%,位居全国前列)
    const explicit = ctx.explicitYear;
    const goalsSection = namesGoals(section, docYear);
    const aheadScope = goalsSection || (docYear !== null && explicit !== null && explicit > docYear);
    // (whether a sentence of the paragraph turned it from its review to the year ahead)
    let turned = false;
    // (a paragraph opened by a past year reviews it until a sentence sets goals for the document's year or a later one:
    // 2018年,…增长37.94%。2019年,…预期目标是…增长10%;申报认定国家高新技术企业6家,…)
    let reviewGoesOn = openedPast;
    // a table whose cells ran together inside the line (a flattened web page) is read as a table
    const tables = !glued && !gluedYears && !yearRows ? NO_TABLES : [
      ...(glued ? gluedTables(text, line.start, line.end, (at) => titleBefore(text, line.start, at), docYear, horizon) : []),
      ...(gluedYears ? gluedYearTables(text, line.start, line.end, (at) => titleBefore(text, line.start, at), docYear, horizon) : []),
      ...(yearRows ? yearRowTables(text, line.start, line.end).map((t) => ({ start: t.start, end: t.end, reading: { candidates: t.candidates, baselines: [], ordinals: [] } })) : []),
    ].sort((a, b) => a.start - b.start).filter((t, i, all) => i === 0 || t.start >= all[i - 1].end);
    let from = line.start;
    for (let p = 0; p <= tables.length; p++) {
      const part = p < tables.length ? tables[p] : null;
      const to = part ? part.start : line.end;
      // a past statement continued after a semicolon (2020年,…人口65448人;65岁及以上人口47678人) stays past
      let carried: string | null = null;
      // (the sentence before reported the months so far: 1-4月,完成投资96.4亿元,完成年度计划投资的31.7%。其中…)
      let monthsBefore = false;
      let carriedBySemicolon = false;
      // (and a plan: …水运货运量同比增长6%…;多式联运货运量同比增长15%; — a 同比 rate after a part that set targets is one too)
      let planBySemicolon = false;
      // (a lead-in naming goals, 确立了2026年主要工作目标:…, makes the rest of its paragraph a list of them)
      let goalsListed = false;
      // the past year a sentence stating nothing named, for a next sentence that points back to it (这一年, 当年)
      let yearOnly: string | null = null;
      // (or any next sentence with no word of a plan, when it said how the year went: 2018年…取得显著成效。)
      let yearSaidReview = false;
      let y0 = 0; // the line's years run in order with its sentences
      // (a year opening a sentence, 2023年启动…, dates the sentences after it in its paragraph that name none, where it is later
      // than the time the page is set in: a report's tasks for the next year, 3、推进和美乡村建设。2023年编制完成321个村庄规划。
      // 支持100个村创建… — an earlier one is a milestone of its own sentence in a plan for a longer time)
      let openedYear: number | null = null;
      // (the latest year the sentence before named, for a sentence going on from it: 其中…, 届时…)
      let lastYear: number | null = null;
      // (under a progress column's header, a row's cells are read apart: the column says which cells are past)
      const sepCode = progressColumns.length > 0 && cellSep !== null ? cellSep.charCodeAt(0) : -1;
      // (counted from the start of the row as written: a reading line may open at an item's number inside it,
      // 四、教育文化 | 14.改扩建…)
      const cellOf = sepCode >= 0 ? cellCounter(text, text.lastIndexOf("\n", line.start - 1) + 1, sepCode) : null;
      const spans = splitAtTurns(text, cellOf ? splitAtCells(text, sentences(text, from, to), sepCode) : sentences(text, from, to), docYear);
      // (…全社会研发投入2453.1亿元,跃居全国城市第一。在此基础上,2026年GDP预期增长目标为5%: what a goal builds on, stated
      // before it in its paragraph, is the base — the past)
      const baseUntil = docYear !== null && raw.includes("基础上") ? goalOnBase(text, spans) : -1;
      for (let k = 0; k < spans.length; k++) {
        const sentence = spans[k];
        while (y0 < years.length && years[y0].pos < sentence.start) y0++;
        let y1 = y0;
        while (y1 < years.length && years[y1].end <= sentence.end) y1++;
        const sYears = y1 > y0 ? (sentence.start <= ownYearsFrom ? years.slice(y0, y1).filter((y) => y.pos >= ownYearsFrom) : years.slice(y0, y1)) : NO_YEARS;
        if (sYears.length > 0) openedYear = yearOpening(text, sentence.start, sYears, docYear);
        // a sentence that states nothing (no quantity, no 全覆盖) makes no block, unless a semicolon carries it on
        const states = doc.statesAnything(sentence.start, sentence.end);
        // (in a review section, 今年 may be the year reviewed — 年初,我们提出今年要…, 按照年初部署,今年全区要完成… —: only a
        // look ahead or a later year named in figures turns it)
        const inReviewSection = paragraphPast === IN_REVIEW_SECTION;
        if (mayTurn && paragraphPast !== null && ((inReviewSection ? SECTION_TURN.test(text.slice(sentence.start, sentence.end)) : turnsToYearAhead(text.slice(sentence.start, sentence.end))) ||
          (k > 0 && PLAN_CITED_AHEAD.test(text.slice(sentence.start, sentence.end))) ||
          turnsToYearByName(text, sentence, inReviewSection ? sYears.filter((y) => isDigit(text[y.pos])) : sYears, docYear))) {
          paragraphPast = null;
          turned = true;
        }
        // (项目建成后,可恢复…: this sentence only looks ahead; the paragraph's past goes on after it)
        const onceDone = mayTurn && paragraphPast !== null && bringsOnceDone(text.slice(sentence.start, sentence.end));
        if (!states && text[sentence.end] !== ";") {
          // (去年,…创下新高。…据了解,今年我市将出台…。新建…120家以上: a sentence stating nothing that turns to the document's
          // year or a later one ends the review its paragraph opened)
          // (only with a word of what will be done, and none of what was: 在今年初召开的…会议上, 为今年的发展打下了…基础 go on
          // with the review)
          if (reviewGoesOn && docYear !== null && sYears.some((y) => y.year >= docYear) && TURNS_TO_WORK.test(text.slice(sentence.start, sentence.end)) &&
            !DONE_MARK.test(text.slice(sentence.start, sentence.end))) reviewGoesOn = false;
          // (a sentence stating nothing keeps a review going when it names no year and sets nothing: 这五年,产业结构持续优化。)
          if (carried !== null && (sYears.length > 0 || !continuesPast(text.slice(sentence.start, sentence.end)))) carried = null;
          // (…or opens one of a plan period that has ended, “十四五”时期的五年,新疆…跃上新台阶。经济总量稳步提升,…增长5.9%, or of
          // work done, 十件民生实事全面完成。新增普惠性托位1800个。)
          // (今年上半年,…发展成果丰硕。: this year's part so far, said to have gone well, opens its figures)
          // (…or the year just past, said to have gone well: 去年,全省各类涉残民生实事取得新成果。)
          if (carried === null && (sYears.length === 0 || sYears.every((y) => y.year === docYear))) carried = reviewOpeningReason(text.slice(sentence.start, sentence.end), docYear) ?? lastYearWentWell(text.slice(sentence.start, sentence.end));
          else if (carried === null && docYear !== null && sYears.every((y) => y.year === docYear - 1)) carried = lastYearWentWell(text.slice(sentence.start, sentence.end));
          // (one that only names a past year dates a next sentence that points back to it: 2025年作为收官之年,经济运行稳中有进。
          // 这一年,…增长3.9%。 — a year opening a clause dates it; one inside a noun, 改造2000年底前建成的小区, does not)
          if (carried === null && sYears.length > 0 && sYears.some((y) => opensClause(text, sentence.start, y.pos))) {
            const said = text.slice(sentence.start, sentence.end);
            yearOnly = pastSentenceReason(said, sYears, docYear, false, doc.planFrom ?? null, ahead.month ?? 0);
            // (…or opens the sentence with that past year after a news lead: 记者从报告中了解到,2024年,天津扎实推进重点改革。)
            yearSaidReview = REVIEWS_YEAR.test(said) || pastYearOpening(said, docYear) >= 0;
          }
          carriedBySemicolon = false;
          planBySemicolon = false;
          continue;
        }
        const said = text.slice(sentence.start, sentence.end);
        // (对2017年整治出新的107个小区实行物业管理全覆盖: a past year inside the noun the work is done on is not its time)
        // (…unless the sentence says its work was done: 对2025年新建的120个小区开展了验收)
        // (…nor, in a paragraph of goals or a sentence of will, the period a change is measured from: 到2025年,…。灾害性天气预警
        // 准确率比“十三五”期间平均提升5%, 未来5年,…公民科学素质达标率比“十二五”提高3个百分点以上 — in a review, 较“十一五”增长
        // 227.4%, it still says the figure is of the period after it, gone by too)
        const changeAhead = aheadScope || WILL_AHEAD.test(said);
        const timeYears = sYears.length > 0 && docYear !== null && !said.includes("了") ? sYears.filter((y) => y.year >= docYear || !(namesThePast(text, y) || (changeAhead && isChangeBase(text, y)))) : sYears;
        // (a paragraph going on from a review stays in it until a sentence turns ahead)
        if (untilTurn && !(continuesReview(said) && (partsOfPast || !BOUND_AFTER.test(said)))) untilTurn = false;
        partsOfPast = false;
        // a review paragraph may still name a year after the document's (…,力争2025年达到…)
        const past: string | null = onceDone ? null : (paragraphPast && !sYears.some((y) => docYear !== null && y.year > docYear) && !(sYears.some((y) => docYear !== null && y.year === docYear) && PLANS_THE_YEAR.test(said)) ? paragraphPast : null) ??
          unlessAhead(said, pastSentenceReason(said, timeYears, docYear, goalsSection || titleListsWork || planBySemicolon || goalsListed || partsOfBudget(text, spans, k) || listsGoals(said, sYears, docYear) || opensDraftYear(said, sYears) || goesOnDraftYear(said, sYears, years, sentence.start), doc.planFrom ?? null, ahead.month ?? 0), sYears, docYear, aheadScope || (explicit !== null && docYear !== null && explicit >= docYear)) ?? (sYears.length === 0 && carried !== null && !(carried === DESCRIBED_REASON && WORK_PART_OPENS.test(said)) && ((carriedBySemicolon && !planPartAfterReview(said)) || continuesPast(said) || partsOfReport(said)) && !(carried === PART_GONE && LATER_PART.test(said)) && !(said.includes("此次") && turnsToYearAhead(said)) ? carried : null) ??
          // (去年,…取得新成果。全年为3.37万名残疾儿童提供…: the whole year after a sentence of the year just past is that year)
          (carried === LAST_YEAR_GONE && namesNoOtherYear(text, sYears) && !WILL_AHEAD.test(said) && !/要|计划|目标/.test(said) ? carried : null) ??
          // (“十三五”以来,…共完成投资8147亿元。其中,2020年完成投资2356亿元: a part of a past total, in a year not after the document's)
          (sYears.length > 0 && carried !== null && docYear !== null && sYears.every((y) => y.year <= docYear) && partsOfReport(said) ? carried : null) ??
          (sYears.length === 0 && monthsBefore && (partsOfReport(said) || (carriedBySemicolon && goesOnReport(said))) ? MONTHS_PARTS : null) ??
          (yearOnly !== null && namesNoOtherYear(text, sYears) && (POINTS_BACK.test(said) || (yearSaidReview && continuesPast(said.replaceAll("全年", "")))) ? yearOnly : null) ??
          (reviewGoesOn && sYears.length === 0 && continuesReview(said) ? "in a paragraph reviewing a past year" : null) ??
          (goesOnReview || untilTurn ? "after a paragraph reviewing a past year, naming no year and setting nothing" : null) ??
          (k < baseUntil && !sYears.some((y) => y.year >= docYear!) && continuesPast(said) && !WORK_STATED.test(said) ? "the base a later goal of its paragraph builds on (在此基础上,…)" : null) ??
          (cellOf !== null && progressColumns.includes(cellOf(sentence.start) + rowShift) ? "in a progress column (7月进度)" : null);
        // (…or once a sentence turns to what will be done: …2024年,粮食产量1100万吨…。一是全力打造…,确保…)
        if (past === null && docYear !== null && (sYears.some((y) => y.year >= docYear) || (reviewGoesOn && !setsNothingAhead(said)))) reviewGoesOn = false;
        // a past statement goes on after its semicolon, and into the next sentences of its paragraph that name no year
        // and set nothing (…“十四五”期间,…达到1.5万亿元。人均地区生产总值增长25%左右。)
        carried = past;
        monthsBefore = (past === null && reportsMonthsSoFar(said)) || past === MONTHS_PARTS;
        linePast = past;
        yearOnly = null;
        carriedBySemicolon = text[sentence.end] === ";";
        planBySemicolon = carriedBySemicolon && past === null && (planBySemicolon || (states && setsPlan(said)));
        if (past === null && !goalsListed) goalsListed = listsGoals(said, sYears, docYear);
        if (!states) continue;
        // (a question, a session's attendance or vote: numbers in a sentence that sets nothing)
        const quiet = quietReason(said, text[sentence.end]);
        if (quiet !== null) { push({ kind: "quiet", span: sentence, reason: quiet }); continue; }
        // (turned ahead under a heading of a past year, 一、2025年工作回顾 / …下一步,我们将…: the work is the document's year's)
        // (…规划在2017—2020年内,全市新建…275所。其中新建88所… / 届时,…新增学位9810个: the parts of a total, and what is said
        // of the time just named, take the year of the sentence before)
        const goesOnYear: number | null = sYears.length === 0 && lastYear !== null && FOLLOWS_ON.test(said) ? lastYear : null;
        // (未来,上海将实现…保持在30%以下: a future the sentence names no year of is no year the document's own year stands for)
        const someFuture = sYears.length === 0 && scopeYear === docYear && goesOnYear === null && SOME_FUTURE.test(said);
        const year = someFuture ? null : goesOnYear ?? (sYears.length === 0 && openedYear !== null && (scopeYear === null || openedYear > scopeYear) ? openedYear : turned && scopeYear !== null && docYear !== null && scopeYear < docYear ? docYear : scopeYear);
        lastYear = sYears.length > 0 ? Math.max(...sYears.map((y) => y.year)) : goesOnYear;
        push({ kind: "sentence", span: sentence, clauses: labelValueClauses(text, sentence, sentence.start === lead), line: info, section, scopeYear: year, past, ahead: aheadScope });
      }
      if (part) {
        push({ kind: "table", span: { start: part.start, end: part.end }, reading: part.reading, section, scopeYear });
        from = part.end;
      }
    }
    bulletPast = mark !== null ? { mark, reason: linePast } : null;
    if (trimmed.length > 0) pastBefore = linePast !== null;
  }
  if (out) for (const b of out) visit(b);
}

interface BulletPast { mark: string; reason: string | null }

/** A bound after a value (以上, 左右, 以内): a target's; a result is stated exactly. */
const BOUND_AFTER = /\d[^,。;]{0,4}?(以上|左右|以内|以下)/;
/** Words of a budget's outturn: what was done, carried out, actually spent. */
const OUTTURN = /完成|执行|实际|决算/;
/** Words a paragraph opens with to go on from the one before: 同时, 此外, 另外, 其中. */
const GOES_ON_FROM = /^(?:同时|与此同时|此外|另外|其中)[,，]/;
/** An amount opening a paragraph as the whole its parts follow: 243.62万标箱中, */
const PARTS_OF_AMOUNT = /^[\d.]+\s*[万亿千百]?[\u4e00-\u9fff]{1,3}中[,，]/;

/** A bullet opening a list item: ●, ◆, ■, •, ▲, ★. */
const BULLET = /^[●◆■•▲★◎○◇▪]/;

/** A heading of goals opening an excerpt: (三)规划目标, 二、主要目标, 发展目标. */
// (not 指标完成情况, 目标任务完成情况: a heading of how the goals went reviews)
const GOALS_OPENING = /^\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])?\s*[\u4e00-\u9fff]{0,4}(?:目标|指标)(?![\u4e00-\u9fff]{0,2}(?:完成|执行|实现|进展|落实)|[\u4e00-\u9fff]{0,4}情况)(?=[\s:：\u4e00-\u9fff])/;
/** Review wording: 过去五年, 十年来, 回顾, …以来, 取得…成绩. */
const REVIEW_WORDS = /过去[一两三五十]年|[一二三五十]年来|回顾|以来|成绩|成效|取得/g;

/**
 * An excerpt that starts inside a report's first part, before its first top heading numbered 二 or later (二、2025年
 * 工作安排): that first part is the review when its words say so.
 */
function markLeadingReview(blocks: Block[], firstTitle: string, before: string, docYear: number | null): void {
  if (!/^(第[二三四五六七八九十]|[二三四五六七八九十]{1,2}、)/.test(firstTitle)) return;
  // (an excerpt opening on a heading of goals, （三）规划目标…, starts in the plan, whatever review words it holds)
  if (GOALS_OPENING.test(before)) return;
  // (a report's second part named as the year's work, 二、2026年重点工作, has the review as its first, whatever its words —
  // unless what comes first states goals: 2026年主要预期目标:…, 全市上下要紧扣目标任务,…)
  const yearsWorkSecond = docYear !== null && /^(?:第二|二、)/.test(firstTitle) && firstTitle.includes(`${docYear}年`) && /(工作|任务|目标|安排)/.test(firstTitle) &&
    !before.includes("目标") && !WILL_IN_LINE.test(before);
  if (!yearsWorkSecond && (before.match(REVIEW_WORDS) ?? []).length < 2) return;
  for (const b of blocks) {
    if (b.kind !== "sentence") continue;
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

/** A line that is only a year, heading what follows: 2025年——, 2026年:, 2026年. */
// (…or with a word of looking back or ahead: 回顾2017年 / … / 展望2018年 / …; 回首2024年 on a poster's line)
const YEAR_BANNER = /^(?:回顾|回望|回首|盘点|展望)?(20\d\d)年(?:回顾|回眸|展望)?\s*(?:——|—|:|：)?$/;

/**
 * A news summary's subheading that opens with a year and holds no sentence's punctuation (2023年全市一般公共预算总收入
 * 637.58亿元 / 2024年全市一般公共预算收入安排306.74亿元): like a line that is only a year, it heads what follows.
 */
const YEAR_SUBHEAD = /^(20\d\d|二〇[〇一二三四五六七八九]{2})年(?!是|以来|前|底|末|至|—|-)(?=(?:[^,，。;；:：!?！？、()（）\s]*[\u4e00-\u9fff]){6})[^,，。;；:：!?！？、()（）\s]{6,34}$/;

/** An infographic's caption: a year with no 年 before a few words, alone on its line (2020 中国答卷, 2021任务清单). */
const YEAR_CAPTION = /^(20\d\d) ?(?![年万亿千百])[\u4e00-\u9fff]{2,10}$/;
/** YEAR_CAPTION's match, for a year near the document's only (2000万人次在南海全域旅游 is an amount). */
function yearCaption(line: string, docYear: number | null): RegExpExecArray | null {
  // (2028公里, 2030家企业: a figure with its unit, on a line of its own)
  // (the cheap anchored pattern first: most lines are no caption)
  const m = docYear !== null && line.length <= 15 ? YEAR_CAPTION.exec(line) : null;
  return m !== null && Math.abs(Number(m[1]) - docYear!) <= 5 && matchUnit(line.replace(/^(\d{4}) /, "$1"), 4) === null ? m : null;
}

/** A plan for a period named with what it sets (“十五五”规划纲要…明确, “十五五”规划建议提出). */
// (not a plan the text follows — 锚定“十五五”规划纲要确定的目标任务, 围绕“十四五”规划纲要提出的目标 — nor what it set, …确定的)
// (…审议批准十五五规划纲要草案,其分18篇共62章。经济发展方面…提出3项指标: the plan's draft, and what it sets in the
// paragraph's next sentence)
// (the formal name spells the period out, 《…国民经济和社会发展第十五个五年规划纲要(草案)》, and the sentence after says
// it reports its goals — 这里就主要目标指标…作简要报告, 纲要明确 — not another text's: …》和…计划的报告。计划报告提出,…)
const PLAN_REPORTED = /(?<!锚定|围绕|对标|落实|按照|根据|贯彻|实现|对照)[“"]?(十[一二三四五六]五)[”"]?(?:规划|发展规划)(?:纲要|建议)?(?:草案|\(草案\))?[^。;]{0,40}?(?:明确|提出|确定|定下)(?!的)|(?:审议|批准|印发|发布|公布|编制了)[^。;]{0,10}?[《“"]?(十[一二三四五六]五)[”"]?(?:规划|发展规划)(?:纲要|建议)?》?(?:草案)?[^。;]{0,30}。[^。;]{0,40}?(?:明确|提出|确定)(?!的)|(?:审议|批准|印发|发布|公布|编制了)[^。;]{0,10}?《[^》。;]{0,20}?第(十[一二三四五六])个五年(?:规划|发展规划)(?:纲要|建议)?(?:\(?草案\)?)?》(?![和及与、])[^。;]{0,30}。\s*(?:(?:《?(?:纲要|规划|建议)》?|该纲要|草案)还?(?:明确|提出|确定)|[^。;]{0,12}?主要目标和?指标)/;

/** A plan for a period named with its title: “十五五”浦东新区十大硬核产业集群方案, 《…“十五五”…规划》. */
// (…its draft said after it in brackets: 《西安市“十四五”保障性租赁住房发展规划(征求意见稿)》)
const PLAN_NAMED = /[“"「《]\s*[^”"」》。;]{0,12}?[“"]?(十[四五六]五)[”"]?[^”"」》。;]{0,24}?(?:规划|规画|方案|计划|纲要|行动)\s*(?:[(（][^()（）]{1,8}[)）])?[”"」》]/;
/** A plan whose title in 《》 closes with its span of years: 《…行动方案(2016年-2020年)》, 《…三年行动计划(2023—2025年)》. */
const SPAN_NAMED = /《[^《》。;]{2,40}?[(（]\s*((?:19|20)\d\d)年?\s*[-—–~至]\s*((?:19|20)\d\d)年?\s*[)）]》/;
/** A paragraph opening by referring back to the plan just named: 根据规划 (规画, as Taiwan writes it), 按照方案, 《规划》提出, 该方案明确. */
const REFERS_BACK = /^(?:根据|按照|依据)(?:该|此)?(?:规划|规画|方案|计划)|^(?:《(?:规划|方案|计划)》|(?:该|此|这一)(?:规划|规画|方案|计划))(?:还|并)?(?:提出|明确|要求|指出)/;

/**
 * A paragraph opening with the next five years as its time (in its first sentence: a heading may have run into it),
 * whose goals it names after a colon a few sentences on.
 */
const FIVE_YEARS_GOALS = /^[^。\n]{0,40}?(?:今后|未来)五年[,,][^\n]{0,600}?(?:奋斗目标|主要目标|发展目标)(?:是|为)?[:：]/;


/** A plan period named as the time of a paragraph: “十五五”时期是…, 十五五期间, */
const PERIOD_AS_TIME = /^[”"]?(?:时期|期间)内?[,,是]/;
/** Words of what will be done in a sentence turning to the year ahead (今年我市将出台…), and marks of what was (了, 召开的). */
const TURNS_TO_WORK = /将|要|计划|拟|力争|确保|争取/;
const DONE_MARK = /(?<!据|为)了(?!解)|召开的|举行的|年初|以来/;
/** A lead counting the items of its list (十大项目, 十项民生工程, 一批…项目, 项目共十项, 重大交通项目) or naming the plan that holds them: its
 * deadline is theirs — not one project's (…二期工程2029年全部建成通车). */
const LIST_COUNTED = /(?:[十二三四五六七八九百\d]+(?:大|项|件|个)|这些|上述|以下|一批|各项)[\u4e00-\u9fff]{0,8}?(?:项目|实事|工程|任务)|(?:项目|实事|工程|任务)共[十二三四五六七八九百\d]+(?:项|件|个)|(?:实施方案|行动方案|行动计划|工作方案)|(?:重大|重点|部署的|实施的)[\u4e00-\u9fff]{0,8}?项目/;
/** A sentence going on from the one before: the parts of its total (其中…) or what it says of the time just named (届时…). */
const FOLLOWS_ON = /^\s*(?:其中|届时)/;
/** A deadline for all the items of a list (预计2020年底前全部落实, 2025年全部建成). */
const ALL_DONE_BY = /((?:19|20)\d\d)年(?:底|末)?(?:前|以前)?全部(?:落实|完成|建成|实现|办结|竣工)/;
/** A year named as a year of the plan, after the year opening a paragraph: 2026年是“十五五”开局之年, 是全面完成…的决胜之年. */
const YEAR_OF_PLAN = /^(?:也|更|既)?是[^。;,，]{1,20}?之年/;
/** A paragraph opening with the period it looks to: 聚焦“十五五”,北京将…, 展望“十五五”,… — the period is its time. */
const FOCUS_ON_PERIOD = /^\s*(?:聚焦|面向|着眼|展望|迈向|放眼)[“"]?$/;

/** The last year after `first` in its line that opens a sentence as its horizon (。到2030年,), or null. */
function laterHorizon(text: string, years: readonly YearMention[], first: YearMention, docYear: number | null): number | null {
  let found: number | null = null;
  for (const y of years) {
    if (y.pos <= first.pos || y.year <= first.year || (docYear !== null && y.year < docYear)) continue;
    // (到2025年,基本建成…体系。…。到2035年,气象现代化基本实现…: a vision a decade past the line's horizon dates its own
    // sentence, not the lines after it)
    if (y.year >= first.year + 10) continue;
    if (opensStage(text, y)) found = y.year;
  }
  return found;
}

/**
 * A line that is a plan period alone, or ends with one right after a comma: “十四五”时期, 遇见,“十四五” — not a slogan
 * naming it as an aim (决胜“十四五”, 也是谋划“十五五”).
 */
const PERIOD_CAPTION = /(?:^|[,，:：])\s*[“"「]?(十[一二三四五六]五)[”"」]?(?:时期|期间)?\s*$/;

/** A line ending on a plan period's goals, 水利厅制定了“十三五”主要目标。, with the goals in the lines under it. */
const PERIOD_GOALS_LINE = /[“"「]?(十[一二三四五六]五)[”"」]?(?:时期|期间)?的?(?:主要|发展|奋斗|总体)?目标(?:任务)?(?:是|为|如下)?[。:：]?\s*$/;

/**
 * Next year as the time of what a news lead reports will be done: 记者从会上获悉,明年仓山区将…, 会议提出,明年要… (not 明年
 * in passing, …明年将继续推进, nor a noun, 明年计划开工项目).
 */
// (…or names next year's tasks: 福建省政府办公厅明确明年全省植树造林和森林经营任务为590万亩。其中,植树造林90万亩)
const NEXT_YEAR_LEAD = /(?:^|获悉|了解到|表示|介绍|提出|明确|指出)[,，:：]?\s*明年(?:[\u4e00-\u9fff]{0,8}?(?:将|要)(?!继续)|[^。;\n]{0,16}?(?:任务|目标)(?:为|是))/;

/** A lead-in to the text of the plan itself: 现制定如下:, 特制定本方案:. */
const OWN_PLAN_LEAD = /制定(?:如下|本(?:方案|计划|实施方案|工作计划))[:：]$/;

/** The next five years named with the year's own work, whose list follows (会议公布了今后五年及2014年水务工作重点:). */
const FIVE_YEARS_AND_YEAR = /(?:今后|未来)五年(?:及|和|与)(?:(?:19|20)\d\d|今)年/;

/** Why the parts of a report of the months so far are past: 1-4月,完成投资96.4亿元…。其中续建项目35宗,完成投资47.7亿元;… */
const MONTHS_PARTS = "the parts of the months' results before it (1-4月,…。其中…)";

/**
 * A paragraph that opens with a year sets it for what follows in the section (2027年,城区…); an intro line ending
 * in a colon sets the year of what it introduces (锚定二〇三五年远景目标,"十四五"时期…主要目标是:).
 */
function setLineYear(ctx: WalkContext, text: string, lead: number, trimmed: string, years: YearMention[], docYear: number | null): boolean {
  // (未来三年,… dates its own sentence only)
  const first = years.find((y) => y.pos >= lead);
  const opens = first !== undefined && !first.sentenceOnly && first.end <= lead + 16 && first.pos - lead <= 10 &&
    // 2024年,全县粮食播种面积118.6万亩 in a 2025 document reviews last year and sets no scope
    !(docYear !== null && first.year < docYear);
  // (…or with the year it names as a year of the plan: 2026年是“十五五”开局之年,…)
  const yearOfPlan = opens && YEAR_OF_PLAN.test(text.slice(first.end, first.end + 24));
  // (…or a line of its own, a caption over the goals under it: 到2027年 / 全省报废汽车…达80万辆左右)
  const alone = opens && trimmed.length <= 12 && /^(?:底|末)?[,,::]?\s*$/.test(text.slice(first.end, lead + trimmed.length));
  // (…or with its year's end as a deadline: 2018年底前,以…为重点,完成…。全市…综合利用率达到83%以上)
  const opening = opens && (/^[,,::]|^(底|末)?[,,]|^(?:底|末)(?:前|以前|之前)[,,]/.test(text.slice(first.end, first.end + 4)) || yearOfPlan || alone) ? first.year : null;
  // (…到2025年,…。到2030年,…水平。 / 单位…排放比2005年下降65%以上;…: a later horizon opening a sentence of the same line
  // dates the lines after it — not the plan period the year is said to belong to, 2027年是“十五五”…之年)
  const later = opening !== null && first !== undefined && !yearOfPlan ? laterHorizon(text, years, first, docYear) : null;
  if (opening !== null) ctx.lineYear = later ?? opening;
  // (…发布2019-2020年养老服务为民十大项目,预计2020年底前全部落实。: a deadline for all the items a lead names dates the
  // paragraphs or the numbered items listing them)
  else if (docYear !== null && trimmed.includes("全部") && ALL_DONE_BY.test(trimmed) && LIST_COUNTED.test(trimmed)) {
    const by = Number(ALL_DONE_BY.exec(trimmed)![1]);
    // (…and the numbered items under it: (一)新建…)
    if (by >= docYear) { ctx.lineYear = by; ctx.listYear = by; }
  }
  // (a caption that is only a plan period, 遇见,“十四五” / “十五五”时期, dates the lines of goals under it — also where
  // a page of short captions ran it onto the line before: …发展格局遇见,“十四五”)
  else if (docYear !== null && trimmed.includes("五")) {
    const cap = PERIOD_CAPTION.exec(trimmed) ?? PERIOD_GOALS_LINE.exec(trimmed);
    if (cap && PLAN_PERIODS[cap[1]] >= docYear) ctx.lineYear = PLAN_PERIODS[cap[1]];
  }
  // (记者从会上获悉,明年仓山区将加大民生投入,…: a lead telling what next year will bring dates the paragraphs after it)
  else if (docYear !== null && trimmed.includes("明年") && NEXT_YEAR_LEAD.test(trimmed) && ctx.innermost?.year == null && !years.some((y) => y.pos >= lead && y.year >= docYear && y.year !== docYear + 1)) ctx.lineYear = docYear + 1;
  // (a plan period as the time of its paragraph only — a news summary goes on to the year's work with no heading between:
  // “十五五”时期是…攻坚突破期。报告明确,力争期间地区生产总值年均增长5.5%—6%; only a period that starts with the document's
  // year or later: in a 2023 report, “十四五”时期是…关键时期 is the time the year's work lies in)
  // (nor a paragraph that turns to the year's work: …做好今年工作意义重大。全年地区生产总值增长5%左右)
  const period = opens && (PERIOD_AS_TIME.test(text.slice(first.end, first.end + 6)) || (FOCUS_ON_PERIOD.test(text.slice(lead, first.pos)) && /^[”"]?[,，]/.test(text.slice(first.end, first.end + 2)))) && docYear !== null && first.year - 4 >= docYear && !THIS_YEAR.test(trimmed);
  // (红桥区“十五五”规划纲要…明确地区生产总值年均增长5%以上核心目标: a paragraph reporting what a plan for a period from the
  // document's year on sets is dated by that period — not one about the year's work, 今年…)
  const reported = period || !trimmed.includes("规划") ? null : PLAN_REPORTED.exec(trimmed);
  const reportedPeriod = reported ? reported[1] ?? reported[2] ?? (reported[3] ? `${reported[3]}五` : null) : null;
  const reportedYear = reportedPeriod !== null && docYear !== null && PLAN_PERIODS[reportedPeriod] - 4 >= docYear && !THIS_YEAR.test(trimmed) ? PLAN_PERIODS[reportedPeriod] : null;
  // (根据规划,浦东将推动…4大集群迈上5000亿元规模: a paragraph referring back to the plan for a later period the paragraph
  // before named, 发布“十五五浦东新区十大硬核产业集群方案”, is dated by that period)
  const refersBack = ctx.namedPlanYear !== null && REFERS_BACK.test(trimmed) && !THIS_YEAR.test(trimmed) ? ctx.namedPlanYear : null;
  // (…十五五规划纲要草案…提出3项指标…。/ 推进全体人民共同富裕,劳动年龄人口平均受教育年限提高到11.7年: a paragraph naming no
  // time of its own right after one reporting a later period's plan goes on with its goals)
  // (…or naming only the plan's own span as the time of a sentence: 《餐饮业“十二五”发展规划》发布…。/ 据悉,未来5年,…销售总额
  // 力争实现400亿元…;特色餐饮街区将达到20个以上)
  const goesOn = ctx.reportedPlanYear !== null && !THIS_YEAR.test(trimmed) && !years.some((y) => y.pos >= lead && !(y.sentenceOnly && y.year === ctx.reportedPlanYear)) ? ctx.reportedPlanYear : null;
  ctx.paragraphYear = period ? first.year : reportedYear ?? refersBack ?? goesOn;
  // (…and so does one after a paragraph opening with the period as its time: “十二五”期间,…总投资将超过350亿元。/
  // 进出川水运主通道通行能力明显提升。…高等级航道达1209公里)
  // (not a paragraph saying what the period is, “十五五”时期是…关键时期: a report goes on to the year's work after it)
  ctx.reportedPlanYear = (period && /^[”"]?(?:时期|期间)内?[,，]/.test(text.slice(first.end, first.end + 6)) ? first.year : null) ?? reportedYear ?? goesOn;
  // (a plan period, 十[四五六]五, is named only where 五 is written)
  const named = trimmed.includes("五") ? PLAN_NAMED.exec(trimmed) : null;
  // (…or a plan named with its span of years in its title: 《福建省工业设计发展行动方案(2016年-2020年)》, ending at or after
  // the document's year)
  const spanned = named === null && docYear !== null && trimmed.includes("》") ? SPAN_NAMED.exec(trimmed) : null;
  const namedYear = named && docYear !== null && PLAN_PERIODS[named[1]] - 4 >= docYear ? PLAN_PERIODS[named[1]] :
    spanned && Number(spanned[2]) >= docYear! && Number(spanned[1]) <= docYear! + 1 ? Number(spanned[2]) : null;
  ctx.namedPlanYear = namedYear ?? reportedYear ?? (refersBack !== null ? ctx.namedPlanYear : null);
  // 我们对今后五年的发展提出了…具体目标: a report at the start of a term sets goals for its five years, the document's
  // year and four more (or the five after it, from a document late in its year)
  // (only where the line names the goals for them or lists them after a colon: 今后五年福州发展蓝图:…; 谋划未来五年发展蓝图
  // or 为今后五年发展奠定基础 in passing dates nothing)
  // (or a paragraph opening with the five years as its time that goes on to name its goals: 今后五年,我们肩负…历史重任。
  // …奋斗目标是:地区生产总值增速保持在6.5-7.5%)
  // (not under a heading of the document's year, 二、2026年工作安排 / 未来五年,是…关键时期。…主要目标是:…, unless the heading
  // itself names the five years: 二、新一届政府努力方向和2022年重点工作)
  const section = ctx.innermost;
  const yearsSection = section !== undefined && section.year === docYear && !/(?:今后|未来)五年|努力方向/.test(section.title);
  if (docYear !== null && !yearsSection && trimmed.includes("五年") && !FIVE_YEARS_AND_YEAR.test(trimmed) && (/(?:今后|未来)五年[^。]{0,30}(?:目标|:)/.test(trimmed) || FIVE_YEARS_GOALS.test(trimmed)) && !years.some((y) => y.pos >= lead && y.year > docYear && !y.sentenceOnly)) ctx.lineYear = ctx.ahead.fiveYearsEnd ?? docYear + 4;
  // (…of a long line, its last sentence: “打造…的生动实践。”市长表示,晋江将…,力争通过5年的努力,实现三大目标:)
  const lastFrom = /[::]$/.test(trimmed) && trimmed.length > 120 ? trimmed.lastIndexOf("。") + 1 : 0;
  if (/[::]$/.test(trimmed) && trimmed.length - lastFrom <= 120) {
    // (结合…2023-2025年老旧小区改造实践经验,现制定如下: a lead-in to the plan's own text names earlier years as its grounds —
    // the plan's time is not theirs)
    const ownPlan = docYear !== null && OWN_PLAN_LEAD.test(trimmed);
    const all = years.filter((y) => y.pos >= lead + lastFrom && !/^(远景|远期)/.test(text.slice(y.end, y.end + 2)) && !(ownPlan && y.year < docYear!));
    if (all.length) ctx.lineYear = all[all.length - 1].year;
    // 票决确定美兰区2025年10项民生实事项目如下: the year of a list introduced by 如下 holds across its numbered items
    if (all.length === 1 && /如下[::]$/.test(trimmed)) ctx.listYear = all[0].year;
    // (继续办好十件民生实事: a year's list of projects named with no year is the document's year's)
    if (!all.length && docYear !== null && ctx.yearsWork && YEARS_PROJECTS.test(trimmed)) ctx.listYear = docYear;
  }
  // (only a line opening with its year introduces the headings after it: 到2030年,… / (一)… — not a lead-in ending in a
  // colon, 围绕到2025年…的目标,重点抓好以下工作:)
  return opening !== null;
}

/** A project's parts, 任务安排 then 落实情况 (what is to be done, then what was done) — when a sentence follows, for a
 * table's header cells have the same names (序号 / 内容与要求 / 进展情况 / 责任单位). */
const PROJECT_PART = /^(?:任务安排|工作安排|落实情况|进展情况|推进情况)$/;

/**
 * A clause turning from the year gone to the year ahead inside one sentence (2025年地区生产总值比上年增长5.4%,2026年预期目标
 * 为增长5%左右; …总投资420亿元,力争今年引进100个以上): the sentence is read as two, each with its own time.
 */
function splitAtTurns(text: string, spans: Span[], docYear: number | null): Span[] {
  if (docYear === null) return spans;
  let out: Span[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k];
    const said = text.slice(sp.start, sp.end);
    let at = -1;
    if (said.includes("年")) {
      for (const m of said.matchAll(TURN_CLAUSE)) {
        const year = m[1] ? Number(m[1]) : docYear;
        // (only after a clause of the year gone, and to a clause that looks nowhere back)
        if (year >= docYear && m.index > 4 && PAST_BEFORE_TURN.test(said.slice(0, m.index)) && !LOOKS_BACK.test(m[0])) { at = sp.start + m.index + 1; break; }
      }
    }
    if (at < 0) { if (out) out.push(sp); continue; }
    out ??= spans.slice(0, k);
    out.push({ start: sp.start, end: at - 1 }, { start: at, end: sp.end });
  }
  return out ?? spans;
}
/** A clause opening with this year, next year or a named year and what it sets: ,2026年预期目标为…, ,力争今年引进…, ,今年目标为…. */
const TURN_CLAUSE = new RegExp(`[,，](?=\\s*(?:力争|确保|争取)?(?:(20\\d\\d)年|今年|明年)[^,。;]{0,20}?(?:${MODAL}|力争|确保|计划|预期|目标|[\\d.]+[^,。;\\d]{0,4}?(?:以上|左右|以内)))`, "g");
/**
 * Review wording that makes a whole sentence past whatever year it names (去年, 过去一年, 比上年, 同比): only then is a turn
 * split off (…2023年…增长4.1%,2024年预计增长5%左右 already sets its goal; the clause before names its indicator).
 */
const PAST_BEFORE_TURN = /(?:去年|上年|过去一年|一年来|同比)/;

/** A later part of the year than the part gone (下半年,…, 四季度,…): after 今年上半年,…成果丰硕 it is the plan. */
const LATER_PART = /^\s*(?:下半年|[三四]季度|年底前|下一步|下一阶段)[,，]?/;

/** A look ahead inside a review section: 下一步,我们将…, 接下来,…, 明年将…, 今后三年要…. */
const SECTION_TURN = new RegExp(`(?:下一步|接下来|明年|新的一年|新一年|今后[三五]年)[,，]?[^,。;]{0,8}?(?:${MODAL}|力争|确保|计划|目标)`);

/** A task's due time in the note closing its line: (…完成时间:2025年底), (…完成时限:2024年6月). */
const TASK_DUE = /[(（][^()（）]{0,60}?(?:完成时间|完成时限|完成期限|时间节点|时限)[:：]\s*(20\d\d)年[^()（）]{0,12}[)）]\s*$/;

/** A time alone on a line, or with the work of it, over sentences: 过去一年 / 过去一年主要工作 / 一年来的主要工作 / 今后五年 / 今年. */
const TIME_HEADING = /^(?:过去(?:的)?[一两三五]年|[一二三五]年来|这[一两三五]年|今后[三五]年|未来[三五]年|今年|新的一年)(?:的)?(?:主要)?(?:工作|成就|成绩|工作回顾|工作安排|工作打算|任务|目标|目标任务|发展目标)?$/;

/** A plan word right before the year it is for, in a paragraph that reviews (…已经开展…。镇政府拟在2025年度安排2000万元): the turn to the plan. */
const PLANS_THE_YEAR = /(?:拟|计划|将|力争)(?:在|于)?(?:19|20)\d\d年/;

/** A caption looking back (its group) or ahead, alone on its line: 回头看, 回望, 成绩单 / 向前看, 看今年. */
const LOOK_CAPTION = /^(?:(回头看|回望|回眸|成绩单)|向前看|往前看|看今年)[:：]?$/;

/** A sentence opening with the future at large: 未来,…; 在未来,… (not 未来三年 nor 未来一年, spans a plan sets). */
const SOME_FUTURE = /^\s*(?:在)?未来[,，]/;

/** A plan's own section names, alone on a line: 发展基础和面临形势, 总体要求和主要目标, 重点任务, 保障措施. */
// (a short name may stand before it, 产业发展现状, but no verb: 夯实农业发展基础 is a task)
const SECTION_NAME = /^(?!夯实|巩固|筑牢|强化|优化|提升|加强|打牢|厚植|稳固)[\u4e00-\u9fff]{0,4}?(?:发展基础|现实基础|工作基础|面临形势|发展环境|发展现状|基本情况|主要成就|总体要求|指导思想|主要目标|发展目标|目标任务|重点任务|主要任务|重点方向|保障措施|工作回顾|(?:今后|未来)[三五35]年的?(?:重点|主要|发展|奋斗)?目标(?:任务)?)(?:(?:和|与|及)[\u4e00-\u9fff]{2,8})?$/;

/**
 * An infographic's banner, as a page keeps it once flattened to lines: a year and a name (2020年长沙, 2021年湖南) over a
 * slogan (交答卷!, 下战书!, 立flag!). It heads the year's part of the page: its results or its goals.
 */
const YEAR_NAME_BANNER = /^(?:19|20)\d\d年[\u4e00-\u9fff]{2,5}$/;
const SLOGAN = /^[^\d\s,，。;；:：]{1,10}[!！]$/;

/** A subhead of a year and its figure, alone on a line: 2015年末人口9847万, 2020年全省10250万人. */
const FIGURE_SUBHEAD = /^(?:19|20)\d\d年(?:末|底)?[\u4e00-\u9fff]{1,8}?\d[\d.]*[万亿]?[\u4e00-\u9fff]{0,2}$/;

/** A short label before a colon that says what was done or what is to come (完成情况:, 进展情况:, 下一步计划:). */
const LABEL_HEADING = /^(?:完成情况|进展情况|执行情况|实施情况|落实情况|工作进展|(?:下一步|下步)(?:工作)?(?:计划|打算|安排|目标)?|工作(?:计划|打算|目标)|规划目标|发展目标|主要目标)[:：]$/;

/**
 * A short line with no marker and no punctuation that names a review or the goals ahead (2025年及“十四五”工作回顾,
 * “十五五”时期主要目标): a summary's section heading.
 */
function plainHeading(t: string, nextIsSentence: () => boolean, nextText: () => string | null, afterSentence: () => boolean): Heading | null {
  // (the deepest level: any numbered heading after it, (一)下一步工作, closes it)
  if (PROJECT_PART.test(t)) return nextIsSentence() ? { level: 6, title: t } : null;
  if (YEAR_NAME_BANNER.test(t) && SLOGAN.test(nextText() ?? "")) return { level: 1, title: t };
  // (完成情况: / 下一步计划: alone on a line, before sentences: a label of what was done or is to come heads them)
  if (t.endsWith(":") || t.endsWith("：")) return LABEL_HEADING.test(t) && nextIsSentence() ? { level: 1, title: t.slice(0, -1) } : null;
  // (2015年末人口9847万 / 2020年全省10250万人: a news page's subhead, a year and its headline figure, heads the part on that year)
  // (not the page's own headline, before any sentence: 2022年我区对外贸易额达46亿元 heads the whole page)
  if (FIGURE_SUBHEAD.test(t) && afterSentence()) return { level: 1, title: t };
  if (t.length > 24 || /[,。;:!?、]/.test(t) || /\d(?!\d*年)/.test(t.replace(/(?:19|20)\d\d年/g, ""))) return null;
  // (a heading names the year or the plan period it is about; 全面完成全年目标任务 is a sentence of a review)
  // (or it is one of a plan's own section names: 发展基础和面临形势 / 总体要求和主要目标 / 重点任务)
  if (/^(?:全面|圆满|基本)?(?:完成|落实|推进|抓好|做好|确保|实现)/.test(t)) return null;
  // (赶超发展的五年: the years a report reviews, before the sentences that review them)
  if (!/(?:19|20)\d\d年|十[一二三四五六]五/.test(t)) return t.length <= 16 && (SECTION_NAME.test(t) || ((namesYearsBehind(t) || TIME_HEADING.test(t)) && nextIsSentence())) ? { level: 1, title: t } : null;
  // (2021年成绩, 2017年成绩单: a year's results; 2025年目标: a year's goals)
  if (/^(?:19|20)\d\d年(?:的|度)?(?:目标|任务|计划)$/.test(t)) return { level: 1, title: t };
  // (2026年工作打算, 2026年工作建议: the year's work proposed; 2024年重点指标: the year's key indicators, its goals once it
  // is the document's year or later — namesGoals)
  // (“十四五”时期发展成就总结, “十五五”时期发展目标(至2030年): a summary's parts, the time they run to in brackets)
  return /(工作回顾|回顾|工作总结|成绩|成绩单|答卷|主要目标|发展目标|目标任务|主要任务|工作安排|重点工作|主要工作|工作重点|预期目标|工作打算|工作建议|工作思路|发展成就|成就总结|奋斗目标|总体目标|(?:主要|重点|核心|关键)(?:经济)?指标)(?:[(（][^()（）]{1,12}[)）])?$/.test(t) ? { level: 1, title: t } : null;
}

/**
 * The number of a 序号 cell alone on the line before with text (1, 2, …), or null: in a table written one cell per line
 * (序号 / 实事内容 / 牵头单位 / 进展情况), the line after it is the item, as a numbered line is — when the number follows
 * the last one read (a value cell, 年度计划 20, is no 序号).
 */
function serialCellBefore(text: string, lines: Span[], li: number): number | null {
  const t = nearestText(text, lines, li, -1, 10);
  return t !== null && /^\d{1,3}$/.test(t) ? Number(t) : null;
}

/** Whether a sentence (a punctuated line longer than a heading) stands in the 30 lines before line `li`. */
function sentenceBefore(text: string, lines: Span[], li: number): boolean {
  for (let k = li - 1; k >= 0 && k >= li - 30; k--) {
    const t = text.slice(lines[k].start, lines[k].end).trim();
    if (t.length > 24 && /[,，。;；]/.test(t)) return true;
  }
  return false;
}

/** Whether the next line with text is a sentence (punctuated, or longer than a table's cell). */
function nextLineIsSentence(text: string, lines: Span[], li: number): boolean {
  const t = nearestText(text, lines, li, 1, Infinity);
  return t !== null && (t.length > 24 || /[,，。;；]/.test(t));
}

/** The trimmed text of the nearest line with text after (`step` 1) or before (-1) line `li`, at most `reach` lines away. */
function nearestText(text: string, lines: Span[], li: number, step: 1 | -1, reach: number): string | null {
  for (let k = li + step; k >= 0 && k < lines.length && Math.abs(k - li) <= reach; k += step) {
    const t = text.slice(lines[k].start, lines[k].end).trim();
    if (t) return t;
  }
  return null;
}

const WILL_IN_LINE = new RegExp(`${MODAL}|力争|确保|今年`);
/** A paragraph that says what will be done, with no word of a review (会议强调,要…。全市将新建…): a past year's banner ends there. */
function turnsAhead(line: string): boolean {
  return WILL_IN_LINE.test(line) && !LOOKS_BACK.test(line);
}

/** A paragraph opening with the document's year (or a later one) and what it will do, or with this year's goals. */
function turnsToDocumentYear(line: string, docYear: number): boolean {
  const m = OPENS_WITH_YEAR_AHEAD.exec(line);
  return (m !== null && Number(m[1]) >= docYear) || THIS_YEARS_GOALS_OPEN.test(line);
}
// (2025年,全市地区生产总值增长6%左右: a bound on the figure says a target as a word of will does)
const OPENS_WITH_YEAR_AHEAD = new RegExp(`^(20\\d\\d)年[,，]?[^。;]{0,24}?(?:${MODAL}|力争|确保|目标|预期|[\\d.]+%?(?:左右|以上))`);
const THIS_YEARS_GOALS_OPEN = /^(?:今年|新的一年|新一年)[^。;]{0,16}?(?:主要预期目标|预期目标|发展目标|目标是|目标为)/;

/** What a year opening a clause will do (2026年全市人社系统将…). */
// (…or names its goals, 2026年主要预期目标是:, or a figure with a bound, 2026年,新增城镇就业1.3万人以上)
// (…or work going on in it: 2025年,继续实施老旧小区改造85个)
const WILL_AFTER_YEAR = new RegExp(`^[^。;]{0,16}?(?:${MODAL}|确保|力争|计划|(?:预期)?目标(?:是|为|[:：]))|^[,，]?\\s*继续(?:实施|推进|开展|加快|做好)|^(?!前|上半年|一季度|[一二三四]季度|以来)[,，]?[^。;,，\\d]{0,16}?[\\d.]+[^,。;\\d]{0,4}?(?:以上|左右|以内)`);

/**
 * A sentence of a review paragraph that turns to the document's year by name, opening a clause with it and what will be
 * done (…总结回顾2025年工作…。会议指出,2026年全市人社系统将…): it and the sentences after it set targets again.
 */
function turnsToYearByName(text: string, sentence: Span, years: readonly YearMention[], docYear: number | null): boolean {
  if (docYear === null) return false;
  const said = text.slice(sentence.start, sentence.end);
  if (LOOKS_BACK.test(said)) return false;
  return years.some((y) => y.year >= docYear && opensClause(text, sentence.start, y.pos) &&
    WILL_AFTER_YEAR.test(text.slice(y.end, Math.min(sentence.end, y.end + 24))));
}

/** An event named after its year: 2022年北京冬奥会, 2023年杭州亚运会, 2025年…博览会. */
const EVENT_NAMED = /^[\u4e00-\u9fff]{0,10}?(?:奥运会|冬奥会|亚运会|运动会|博览会|进博会|峰会|论坛|大会|锦标赛|赛事|艺术节|文化节|旅游节)/;

/**
 * The year a sentence opens with, after an item's number at most (2023年启动…, 1、2023年…), when it is the document's
 * year or later and dates its whole sentence (not 2023年底前…, a date inside it; not a year in the past).
 */
function yearOpening(text: string, sentenceStart: number, years: readonly YearMention[], docYear: number | null): number | null {
  const first = years[0];
  if (years.some((y) => y.year !== first.year)) return null;
  if (first.sentenceOnly || (docYear !== null && first.year < docYear) || !isDigit(text[first.pos])) return null;
  if (!/^\s*(?:\d{1,2}[、.．]|[(（]\d{1,2}[)）])?\s*$/.test(text.slice(sentenceStart, first.pos))) return null;
  // (nor a year naming an event, 2022年北京冬奥会将在…举办: the event's year, not the time of the work)
  return /^[\u4e00-\u9fff]/.test(text[first.end] ?? "") && !/^(?:底|末|前|初|内|以来|起|上半年|下半年|[一二三四]季度)/.test(text.slice(first.end, first.end + 4)) &&
    !EVENT_NAMED.test(text.slice(first.end, first.end + 16)) ? first.year : null;
}

/** Whether a year names no time of its clause: the past of the thing the work is done on (对2017年整治出新的107个小区…), or the year a level is held against. */
function namesThePast(text: string, y: YearMention): boolean {
  return ("对把将为给".includes(text[y.pos - 1] ?? "") && /^(?:底|末)?(?:前|以前)?[\u4e00-\u9fff]{1,8}?的/.test(text.slice(y.end, y.end + 12))) ||
    // (…销售与2022年同比持平: the year a level is held against is no time of the clause)
    (text[y.pos - 1] === "与" && /^(?:同比)?(?:基本)?持平/.test(text.slice(y.end, y.end + 6)));
}

/**
 * Whether sentence `k` of a paragraph lists, after 其中, the parts of a budget's line the sentence before arranged
 * (全市一般公共预算收入安排77.6亿元,同比增长5%。其中:税收收入65.7亿元,同比增长26.1%): its 同比 compares a plan too.
 */
function partsOfBudget(text: string, spans: readonly Span[], k: number): boolean {
  // (…;非税收入11.9亿元,同比下降45.3%: the parts go on after the list's semicolons)
  let j = k;
  while (j > 0 && /[;；]\s*$/.test(text.slice(Math.max(0, spans[j].start - 2), spans[j].start))) j--;
  if (j === 0 || !/^\s*其中/.test(text.slice(spans[j].start, spans[j].start + 6))) return false;
  return BUDGETED.test(text.slice(spans[j - 1].start, spans[j - 1].end));
}

/** Words of will or of the years ahead in a sentence (将, 力争, 未来5年). */
const WILL_AHEAD = /(?<!即)将(?!近)|力争|确保|争取|未来/;

/** Whether a year stands at the head of its clause (2025年作为…, 报告指出,2025年…): it dates the clause. */
function opensClause(text: string, sentenceStart: number, pos: number): boolean {
  const before = text.slice(Math.max(sentenceStart, pos - 12), pos);
  // (坪山区2021年实现了…: a place the clause is about may stand before its year)
  return /(?:^|[,;:])\s*(?:在|于)?(?:[\u4e00-\u9fff]{1,5}[省市区县州镇旗])?$/.test(before) || pos - sentenceStart <= 1;
}

/** Whether a sentence names no year but the whole one (全年): after a sentence of a past year, 全年 is that year's. */
function namesNoOtherYear(text: string, years: YearMention[]): boolean {
  return years.every((y) => text.slice(y.pos, y.end) === "全年");
}

/**
 * Verbs of work to do: a sentence with one before 在此基础上 sets a task (培育…30家。在此基础上,…), no base (力争, 计划 and
 * other words of a plan are continuesPast's).
 */
/** A lead-in naming the goals a list after its colon sets: 确立了2026年主要工作目标:, 2025年铁路工作的主要目标是: (not 目标完成情况:). */
// (…or named with 即 after its comma: 提出了2012年全行业发展预期目标,即业务总量完成1860亿元)
const GOALS_LISTED = /(?<!完成|实现|达成)(?:主要|预期|工作|发展)?目标(?:任务)?(?:是|为)?(?:[:：]|[,，]\s*即)/;
/** Whether `said` leads in a list of goals of the document's year or later. */
function listsGoals(said: string, years: readonly YearMention[], docYear: number | null): boolean {
  return ((said.includes("目标") && GOALS_LISTED.test(said)) || (said.includes("任务") && TASKS_LISTED.test(said))) && !years.some((y) => docYear !== null && y.year < docYear);
}
/** A lead-in naming the year's tasks before its colon: 会议对今年农建工作重点任务进行明确:一是…. */
const TASKS_LISTED = /(?:今年|本年|全年|年度)[^。:：;]{0,16}?(?:重点)?(?:工作)?任务[^。:：;]{0,8}?(?:进行)?(?:明确|如下|是|为)?[:：]/;

const WORK_STATED = /(培育|实施|新建|建设|改造|新增|打造|推进|开工|完成|推动|开展)/;

/** The index of the sentence of `spans` that opens on what came before as its base and sets a goal (在此基础上,2026年…目标为5%), or -1. */
function goalOnBase(text: string, spans: readonly Span[]): number {
  for (let k = 1; k < spans.length; k++) {
    const said = text.slice(spans[k].start, spans[k].end);
    if (/^\s*在(?:此|这个|这一|上述)基础(?:上|之上)[,，]/.test(said) && /(目标|力争|预期|确保|争取|计划)/.test(said)) return k;
  }
  return -1;
}

/** How a year went (取得显著成效, 稳中有进, 圆满收官, 好于预期, 顺利完成了预算任务): a sentence saying it opens that year's review. */
const REVIEWS_YEAR = /(取得[^,。;]{0,8}(成效|成绩|成就|进展)|圆满完成|顺利完成|完成了|好于预期|稳中有进|稳中向好|稳中提质|良好态势|收官|逆势上扬|企稳回升|回升向好)/;

/** Words that point back to the year just named: 这一年, 当年, 同年. */
const POINTS_BACK = /^\s*(?:这一年|这年|当年|同年|该年|是年|这五年|五年来)/;
