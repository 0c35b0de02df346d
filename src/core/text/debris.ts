// Web-page debris: injected spam phrases (found generally: a short phrase from the page head that recurs
// verbatim inside sentences, or one built from gambling-site vocabulary) and navigation/metadata lines.
import { codeTable, indexOfCode } from "./code-units";

const SPAM_WORDS = /(申博|sunbet|太阳城|博彩|娱乐城|百家乐|真人视讯|澳门赌|皇冠体育|彩票网|时时彩|棋牌游戏|betway|188bet|金沙|威尼斯人|葡京|bet365)/i;

export interface Range {
  start: number;
  end: number;
}

/** Candidate spam phrases: short head lines, and their comma-separated parts. */
function headCandidates(text: string): string[] {
  const out = new Set<string>();
  let pos = 0;
  for (let n = 0; n < 8 && pos < text.length && pos < 4000; n++) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl).trim();
    pos = nl + 1;
    if (line.length < 4 || line.length > 40 || /[。;]/.test(line)) continue;
    out.add(line);
  }
  return [...out];
}

/** Ranges of the original text that are injected spam phrases. */
export function findSpam(text: string): Range[] {
  const phrases: string[] = [];
  for (const cand of headCandidates(text)) {
    // Site names of spam pages mix Latin letters into Chinese or use gambling vocabulary.
    const mixed = /[A-Za-z]{3,}/.test(cand) && /[\u4e00-\u9fff]/.test(cand);
    if (!SPAM_WORDS.test(cand) && !mixed) continue;
    let count = 0;
    for (let i = text.indexOf(cand); i >= 0 && count < 3; i = text.indexOf(cand, i + cand.length)) count++;
    if (count >= 3 || SPAM_WORDS.test(cand)) phrases.push(cand);
  }
  // a gambling-site name injected inside sentences: the longest run after its keyword that recurs verbatim
  const spamWords = new RegExp(SPAM_WORDS.source, "gi");
  const seen = new Set<string>();
  let tries = 0;
  for (let m = spamWords.exec(text); m && tries < 8; m = spamWords.exec(text)) {
    const at = m.index;
    if (seen.has(m[0])) continue;
    seen.add(m[0]);
    tries++;
    let best = m[0];
    for (let len = m[0].length + 1; len <= m[0].length + 10 && at + len <= text.length; len++) {
      const cand = text.slice(at, at + len);
      if (/[\s,。;:,、!?()()“”"]/.test(cand[cand.length - 1])) break;
      let count = 0;
      for (let i = text.indexOf(cand); i >= 0 && count < 3; i = text.indexOf(cand, i + cand.length)) count++;
      if (count < 3) break;
      best = cand;
    }
    // a keyword alone may be a place name (金沙县): only a recurring longer site name is removed
    if (best.length >= m[0].length + 2 && !phrases.some((p) => p.includes(best))) phrases.push(best);
  }
  const ranges: Range[] = [];
  for (const p of phrases) {
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + p.length)) ranges.push({ start: i, end: i + p.length });
  }
  return mergeRanges(ranges);
}

/**
 * Sorted, disjoint ranges covering those given. Ranges that stand for characters (`by`, an HTML tag read as a line
 * break) are joined only where they overlap, and then stand for what the first of them stands for: two tags side by
 * side are two line breaks.
 */
export function mergeRanges<T extends Range & { by?: string }>(ranges: T[]): T[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: T[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && (r.start < last.end || (r.start === last.end && !r.by && !last.by))) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

// (and a news page's comment box: 我来说两句 0人参与,0条评论; 已有0人参与; or its count of readers closing the line, 】26084人已围观 —
// not people a sentence counts, 每年组织200人阅读红色经典)
const NAV_ANYWHERE = /(当前位置|您现在位置|您当前的位置|首页\s*>|>\s*正文|返回首页|扫一扫|打印本页|关闭窗口|【字体|浏览次数|分享到|我来说两句|\d+人参与[,，]\s*\d+条评论|^\d+\s*(?:浏览|阅读)\s*评论\s*\d+\s*条$|已有\d+人参与[,，]\s*点击查看|(?<![\u4e00-\u9fff\d])\d+\s*人已?(?:围观|阅读|浏览|看过)$)/;
// (a page's count of clicks or reads as a field of its own line: 点击:644次, 阅读量:1200)
const NAV_FIELD = /^[•·\s]*(索引号|组配分类|主题分类|信息来源|发布时间|来源|发布日期|生成日期|咨询电话|咨询机构|发文日期|成文日期|发布机构|主题导航|有效性|内容概述|关键词|文号|发文字号|发布文号|信息名称|名称|标题|字体|浏览|点击|点击数|点击量|阅读量|访问量|浏览量|人气)\s*([::]|$)/;

/** Navigation and page-metadata lines: never a source of targets (metadata is read separately). */
export function isNavLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0) return false;
  if (t.length > 120) return false;
  return NAV_ANYWHERE.test(t) || NAV_FIELD.test(t);
}

/**
 * Symbols a mirror site scatters inside words to defeat copying (入境游客增长✅30%以上, 大型演唱会□□、音乐会, 副厅㊣长):
 * runs of shapes, dingbats, emoji and circled ideographs standing between characters or figures of a sentence. (A bullet
 * opening a line, or a symbol after a space or a mark, is left: it marks the text's own structure.)
 */
// (not ○ or ◯, which write zero in a year or a number: 二○二六年; and only before a figure or a mark — between two words a
// symbol may part two items of a list, 新增城镇就业1万人◆城镇调查失业率…)
const INSERTED_GLYPHS = /(?<=[\u4e00-\u9fff\d%])(?:(?![○◯])[\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\u3280-\u32ff\u{1f300}-\u{1faff}])+(?=[\d、,，。;；])/gu;

/** The code units of INSERTED_GLYPHS' symbols: its ranges in the BMP, and the high surrogates of its emoji (U+1F300–1FAFF). */
const GLYPH_UNITS = codeTable([], [[0x25a0, 0x25ff], [0x2600, 0x27bf], [0x2b00, 0x2bff], [0x3280, 0x32ff], [0xd83c, 0xd83e]]);

/** Ranges of the original text that are glyphs inserted inside words. */
export function findInsertedGlyphs(text: string): Range[] {
  // (most texts hold none of its symbols: the table answers before the unicode-mode pattern runs)
  if (indexOfCode(text, GLYPH_UNITS) < 0) return [];
  return [...text.matchAll(INSERTED_GLYPHS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * A comma a copied page doubled or left before a full stop (上海将继续聚焦,,推进…; 紧密关联着民生与发展,。在…): the first of
 * the two marks says nothing.
 */
const DOUBLED_COMMA = /[,，](?=[,，。])/g;

/** Ranges of the original text that are commas doubled or left before a full stop. */
export function findDoubledCommas(text: string): Range[] {
  if (!/[,，][,，。]/.test(text)) return [];
  return [...text.matchAll(DOUBLED_COMMA)].map((m) => ({ start: m.index, end: m.index + 1 }));
}
