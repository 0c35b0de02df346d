// The normalise stage: original text → clean text with an offset map (full-width forms, entities, spam, wrapped
// lines and page furniture), the document's metadata, the year it speaks in and the plan's horizon.
import type { PlanDocument } from "../model";
import { reviewTitle } from "../document/doc-year";
import { readDocument } from "../document/metadata";
import { withoutJammer } from "../text/jammer";
import { normalise, withoutSpans, type CleanText } from "../text/normalise";
import { closeSpacedNumbers } from "../text/spacing";
import { titleMask } from "../text/segment";
import { toSimplified } from "../text/traditional";
import { planFrom, planHorizon } from "./walk/context";
import type { Prepared } from "./walk/walk";
import { joinWrappedLines } from "./walk/wrap";
import { yearsAhead } from "./walk/years";

export interface PreparedDocument extends Omit<Prepared, "statesAnything"> {
  original: string;
  clean: CleanText;
  document: PlanDocument;
}

/** `docYear` given by the caller wins over the year the document states. */
export function prepare(original: string, docId: string, docYear?: number | null): PreparedDocument {
  // (a repost in traditional characters is read in simplified ones, character for character)
  const normalised = normalise(original);
  const plain = withoutDoubledMarks(withoutPinyin(closeSpacedNumbers({ ...normalised, text: toSimplified(normalised.text) })));
  // metadata reads the lines as written; the rules, and the signs of the document's year, read sentences whole across
  // wrapped lines
  // (a line a forum's noise against copying closed ended where the page broke it: no wrapped line to join)
  const quiet = withoutJammer(plain);
  const clean = joinWrappedLines(quiet.clean, original, quiet.breaks);
  const facts = readDocument(quiet.clean.text, docId, clean.text);
  const text = clean.text;
  const mask = titleMask(text);
  const given = docYear !== undefined && docYear !== null;
  const year = given ? docYear : facts.docYear;
  const ahead = yearsAhead(text, year, facts.issueDate);
  const horizon = planHorizon(facts.title, text, year, mask, ahead);
  const { docYear: _stated, ...meta } = facts;
  const document: PlanDocument = { ...meta, horizon, docYear: year, docYearSource: given ? "user" : year !== null ? facts.docYearSource : null };
  // (read on the lines as written: the bureau's name is a line of its own)
  const review = reviewTitle(facts.title, plain.text) ? "the document reviews a year (a bulletin, a summary)" : null;
  return { original, clean, text, mask, docYear: year, horizon, ahead, review, progress: isProgressReport(facts.title, text), title: facts.title, planFrom: planFrom(facts.title, year, facts.title ? "" : text.slice(0, 600)), document };
}

/** A syllable of pinyin with its tone mark, in brackets after the character it reads (實(shí)現(xiàn), 資產(chǎn)). */
// (the bracket first, then the look back at the character before it: the regex engine finds brackets fast)
const PINYIN_GLOSS = /\((?<=[\u4e00-\u9fff]\()[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}\)/g;

/** A syllable of pinyin without tone marks in brackets after a character, a space after it or none: 億(yi) 元, 的(de). */
const TONELESS_GLOSS = /\((?<=[\u4e00-\u9fff]\()(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ui|ao|ou|iu|ie|ve|er|an|en|in|un|ia|ua|uo|ue|a|o|e|i|u|v)\) ?(?=[\u4e00-\u9fff])/g;

/** The text without the pinyin a reposting site glossed characters with: the words read whole again (实现, 目标). */
function withoutPinyin(clean: CleanText): CleanText {
  if (!clean.text.includes("(")) return clean;
  const drop: [number, number][] = [];
  for (const m of clean.text.matchAll(PINYIN_GLOSS)) drop.push([m.index, m.index + m[0].length]);
  // (…or without tone marks, a space after it or none, 投資完成118.4億(yi) 元, 前兩(liang) 月: the space goes with the gloss)
  for (const m of clean.text.matchAll(TONELESS_GLOSS)) drop.push([m.index, m.index + m[0].length]);
  drop.sort((a, b) => a[0] - b[0]);
  return drop.length ? withoutSpans(clean, drop) : clean;
}

/** A comma a mirror doubled before another mark (2019年,、2020年,、2021年分别达到320亿元,、400亿元): the mark after it stands. */
const DOUBLED_MARK = /,(?=[,、])/g;

/** The text without the commas a reposting site doubled its marks with: lists read as lists again. */
function withoutDoubledMarks(clean: CleanText): CleanText {
  if (!clean.text.includes(",、") && !clean.text.includes(",,")) return clean;
  const drop: [number, number][] = [];
  for (const m of clean.text.matchAll(DOUBLED_MARK)) drop.push([m.index, m.index + 1]);
  return withoutSpans(clean, drop);
}

/** A title line of a progress report (…为民办实事项目一季度进展情况): it restates each item, then says what was done. */
// (…or how far its items are done, in a table of progress, its month after it: 民政实事项目完成情况进度表(五月份))
const PROGRESS_TITLE = /^[^。,;\n]{4,50}(?:(进展情况|推进情况|进度情况|进展报告)|(完成情况进度表|完成进度表)\s*(?:[(（][^()（）\n]{1,8}[)）])?)\s*$/;
/** A numbered heading (一、…, 第一章…) names a section, not the document. */
const NUMBERED = /^\s*(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[章节篇部]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、])/;

/** Whether the document's title — its first lines, not a heading inside it — names a progress report. */
export function isProgressReport(title: string | null, text: string): boolean {
  if (title && PROGRESS_TITLE.test(title) && !NUMBERED.test(title)) return true;
  const first = text.slice(0, 300).split("\n").map((l) => l.trim()).filter((l) => l.length > 0).slice(0, 3);
  return first.some((l) => PROGRESS_TITLE.test(l) && !NUMBERED.test(l));
}
