// The words in front of a bulletin number: what changed (比上年增长 / 下降 / 提高 … a growth; 为 / 达到 … a level)
// and the indicator they name, without the scope, time and method words around it
// (初步核算，全年全市生产总值达到 → 生产总值).

/** Verbs of change; the second group means a fall (下降0.3% → −0.3). */
const UP = ["增长", "提高", "上涨", "回升", "增加", "上升", "扩大", "提升", "增产", "拉动", "比增", "增", "涨", "升"];
const DOWN = ["下降", "回落", "减少", "降低", "缩小", "下滑", "收窄", "减产", "拉低", "下跌", "降", "跌", "减"];
/** Rate nouns: 增速为5% is a growth, 降幅2.4% a fall. */
const UP_NOUNS = ["增长率", "增长速度", "增速", "增幅", "涨幅"];
const DOWN_NOUNS = ["降幅", "跌幅", "下降率"];

const alt = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join("|");

/** What may stand between the verb and the number: 增长了5%, 提高近3个百分点, 分别增长 (至 / 到 / 为: see TO_LEVEL). */
const FILLER = "(?:了|达到|达|约|近|超过|超|逾|分别为|分别|为|至|到)*";
const COMPARE = "(?:比年初|较年初|比上年末|比上年同期|比上年|较上年末|较上年|与上年相比|比去年|同比|环比|比20\\d\\d年末?|较20\\d\\d年末?|比“十[一二三四]五”末)";
const VERB_AT_END = new RegExp(`(${COMPARE})?((?:名义|实际|累计)?)(${alt(UP)}|${alt(DOWN)}|${alt(UP_NOUNS)}|${alt(DOWN_NOUNS)})(${FILLER})$`);
/** 增加到 / 提高至 / 降低为 name the new level, not the change. */
const TO_LEVEL = /^(?:到|至|为)/;

export interface Change {
  /** Words before the verb (the subject, possibly empty). */
  subject: string;
  /** Sign of the change, or 0 for a level. */
  sign: 1 | -1 | 0;
  /** 名义 / 实际 / 累计 before the verb. */
  qualifier: string;
}

/** Splits the words before a number into subject and change verb. */
export function readChange(phrase: string): Change {
  // 人口自然增长率 names a rate of its own (a level), not a change of 人口
  if (/自然增长率(?:为|达)?$/.test(phrase)) return { subject: phrase, sign: 0, qualifier: "" };
  // a contribution: 拉动GDP增长0.2个百分点, 拉低GDP2.5个百分点
  const pull = /(拉动|拉低)(?:GDP|经济|地区生产总值)?(?:增长)?$/.exec(phrase);
  if (pull) return { subject: phrase.slice(0, pull.index), sign: pull[1] === "拉低" ? -1 : 1, qualifier: "" };
  const m = VERB_AT_END.exec(phrase);
  if (!m) return { subject: phrase, sign: 0, qualifier: "" };
  const verb = m[3]!;
  const filler = m[4]!;
  const isNoun = UP_NOUNS.includes(verb) || DOWN_NOUNS.includes(verb);
  // 增加值 is a noun phrase, not 增加 + 值; 新增 (新增就业) names a flow, not a change
  const before = phrase.slice(0, m.index);
  if (verb === "增" && /新$/.test(before + (m[1] ?? "") + (m[2] ?? ""))) return { subject: phrase, sign: 0, qualifier: "" };
  if (!isNoun && TO_LEVEL.test(filler) && !/分别/.test(filler)) {
    return { subject: before, sign: 0, qualifier: "" };
  }
  const down = DOWN.includes(verb) || DOWN_NOUNS.includes(verb);
  return { subject: before, sign: down ? -1 : 1, qualifier: m[2] ?? "" };
}

const LEADING = new RegExp(
  "^(?:" +
    [
      "[、,和及与并且而]",
      "其中[:]?",
      "另外", "同时",
      "经?初步核算", "初步统计", "据[^,]{0,16}?(?:调查|推算|测算|统计)", "根据[^,]{0,24}?(?:核算|推算|结果|调查|统计)",
      "按[^,]{0,12}?(?:计算|口径统计|口径)", "扣除价格因素",
      "截至\\d{4}年(?:末|底)", "截至(?:年末|年底|目前)", "\\d{4}年(?:末|底|度)?", "\\d{1,2}月(?:末|份)?",
      "全年", "年末", "年底", "年内", "本年", "当年", "今年", "上年末", "末",
      "全(?:市|区|县|州|省|盟|旗|国)", "我(?:市|区|县|州|省)", "本(?:市|区|县|州)",
      "实现", "完成", "共有", "拥有", "现有", "共(?![青享建同])", "及?以上", "有(?!色|效|线|机|害|林|关|居民)",
      "在[^,]{1,12}?中",
    ].join("|") +
    ")",
);
const TRAILING = /(?:达到|达|为|是|实现|完成|共计|合计|总计|累计|共|计|约|近|超过|突破|分别为|分别|增至|已达|首次突破|保持|稳定在|累计达到|已|的|有)$/;
const HEADING_PREFIX = /^[一二三四五六七八九十]{1,3}、[\u4e00-\u9fff、]{1,10}?(?=(?:全年|年末|全[市区县州]|\d{4}年))/;
const SCOPE_INSIDE = /(?<![占比于在])(?:全年|年末|年底|全(?:市|区|县|州|省)(?!民|体|部|社会|国)|初步核算,?)/g;

/** The indicator named by a subject phrase, without scope, time and method words. */
export function cleanSubject(phrase: string): string {
  let s = phrase.replace(HEADING_PREFIX, "");
  // the indicator starts after the last scope word: 交通、邮电全年交通运输、仓储和邮政业 → 交通运输、仓储和邮政业
  let cut = -1;
  for (let m = SCOPE_INSIDE.exec(s); m; m = SCOPE_INSIDE.exec(s)) cut = m.index + m[0].length;
  if (cut > 0) s = s.slice(cut);
  for (let guard = 0; guard < 12; guard++) {
    const before = s;
    s = s.replace(LEADING, "");
    s = s.replace(TRAILING, "");
    s = s.replace(/^[()]+|[(]+$/g, "").replace(/\((?:[^()]*下同|不含[^()]*|含[^()]*)\)$/, "");
    if (s === before) break;
  }
  return s;
}

/** 其中 opens sub-items of the indicator before it (其中，第一产业增加值… / …(其中：马铃薯产量…). */
export function opensSubItems(before: string): boolean {
  return /(?:^|[,:;(])[(]?其中/.test(before);
}
