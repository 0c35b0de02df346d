// Document metadata read from the text itself: title, issuer, region, document number, issue date, horizon.
import type { PlanDocument } from "../model";
import { documentYear } from "./doc-year";
import { DATE_IN_WORDS, firstLines, parseDate, readField } from "./fields";
import { isNavLine } from "../text/debris";

const TITLE_WORDS = /(通知|方案|规划|纲要|意见|建议|计划|要点|报告|办法|措施|决定|细则|行动)/;
const TITLE_LINE = /^【?[^,。]{4,}(规划|纲要|方案|建议|要点|计划|意见|报告|公报|总结)/;

/** A title's last line holding only its kind of document: 工作方案, 实施方案, 三年行动计划. */
const KIND_LINE = /^[\u4e00-\u9fff]{0,6}(?:方案|规划|计划|意见|要点|纲要)$/;

function joinBrokenTitle(lines: string[], i: number): string {
  // titles broken over lines: 关于印发《…活力\n提升实施意见》的通知
  let t = lines[i].trim();
  for (let j = i + 1; j < Math.min(lines.length, i + 4) && (t.split("《").length > t.split("》").length || /关于印发$|关于$/.test(t)); j++) {
    const next = lines[j].trim();
    if (next) t += next;
  }
  return t;
}

/**
 * The document's title: a field naming it, or the first line that reads as one. `joined` is the text with its wrapped
 * lines joined: a line joined there to the next one was a piece of a wrapped paragraph, not a title.
 */
export function readTitle(text: string, joined?: string): string | null {
  // (a markdown file's front matter names it too: title: "…实施方案")
  const field = readField(text, ["名称:", "名称:", "标题:", "标题:", "信息名称", "文件名称", "title:"])?.replace(/^["'“「]|["'”」]$/g, "");
  if (field && TITLE_WORDS.test(field)) return field;
  const lines = text.slice(0, 8000).split("\n");
  const whole = joined === undefined || joined === text ? null : joined.slice(0, 12000).split("\n").map((l) => l.trim());
  // (a title ends its line there: a line before it may have been joined to it, 辽政发〔2023〕2号 / 辽宁省人民政府关于…)
  const ends = (t: string): boolean => whole!.some((l) => l.endsWith(t));
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    // (a title holds no sentence: a line with a 。 in it, or ending a clause, is text — or a wrapped piece of it)
    if (t.length < 6 || t.length > 160 || /[。;]$/.test(t) || t.includes("。")) continue;
    // (…or one whose kind of document stands on a line of its own: 霍邱县2024年实施乡村人才促进行动 / 工作方案)
    const kindAfter = (lines[i + 1] ?? "").trim();
    const wrapped = KIND_LINE.test(kindAfter) && !TITLE_LINE.test(t) && TITLE_LINE.test(t + kindAfter) ? t + kindAfter : null;
    if (wrapped !== null && (whole === null || ends(wrapped))) return wrapped.replace(/\s+/g, "");
    // (a title broken over lines, 关于印发《…任务分解和 / 责任分工方案》的通知, stands whole there once joined)
    if (whole !== null && !ends(t) && !ends(joinBrokenTitle(lines, i))) continue;
    if (/^(当前位置|您现在位置|首页|返回)/.test(t)) continue;
    if (/关于|印发/.test(t) || (TITLE_LINE.test(t) && t.length <= 100)) {
      return joinBrokenTitle(lines, i).replace(/^【[^】]*】/, "").replace(/\s+/g, "");
    }
  }
  return null;
}

const ISSUER_END = /(人民政府办公室|人民政府办公厅|人民政府|党政办公室|办公室|办公厅|委员会|管委会|政府|局|委|厅|区委|县委|市委)$/;

export function readIssuer(text: string, title: string | null): string | null {
  if (title) {
    const m = /^(.{2,60}?)(?:关于|印发)/.exec(title.replace(/^【[^】]*】/, ""));
    if (m) {
      const who = m[1].trim().replace(/\s+/g, " ");
      if (ISSUER_END.test(who)) return who;
    }
  }
  const field = readField(text, ["发布机构:", "发布机构:", "发文机关", "发文单位", "发布机构"]);
  if (field) return field;
  // signature line right before a date line
  const lines = firstLines(text, 400);
  for (let i = 1; i < lines.length; i++) {
    if (/^(19|20)\d\d年\d{1,2}月\d{1,2}日$/.test(lines[i]) && ISSUER_END.test(lines[i - 1]) && lines[i - 1].length <= 30) return lines[i - 1];
  }
  return null;
}

/** Region: the administrative prefix of the issuer or title (亳州市谯城区, 合肥市瑶海区, 高青县). */
export function readRegion(issuer: string | null, title: string | null): string | null {
  for (const source of [issuer, title]) {
    if (!source) continue;
    const s = source.replace(/^中共/, "").replace(/^【[^】]*】/, "");
    const city = /^([\u4e00-\u9fff]{2,7}?(?:省|自治区|市|自治州|州|盟|地区))/.exec(s);
    let region = city ? city[1] : "";
    const rest = s.slice(region.length);
    const county = /^([\u4e00-\u9fff]{1,12}?(?:区|县|旗|市))(?!委|政府办)?/.exec(rest);
    if (county && !/^(人民|委员|管委)/.test(county[1]) && !/(开发区|高新区|园区)$/.test(county[1])) region += county[1];
    else if (county && /(开发区|高新区)$/.test(county[1]) && !region) region = county[1];
    if (region) return region;
  }
  return null;
}

export function readDocNumber(text: string): string | null {
  const field = readField(text, ["文号:", "文号:", "发文字号", "发布文号", "文号"]);
  const re = /[\u4e00-\u9fff]{1,8}[〔[【(]\s*(?:19|20)\d\d\s*[〕\]】)]\s*\d{1,4}\s*号/;
  if (field) {
    const m = re.exec(field);
    return m ? m[0] : field.length <= 30 && /号$/.test(field) ? field : null;
  }
  // a line that is only a document number (centred under the title)
  for (const line of text.slice(0, 8000).split("\n")) {
    const t = line.trim();
    const m = re.exec(t);
    if (m && m[0].length === t.length) return t;
  }
  return null;
}

/** A date in words as a signature line, in a title's parenthesis, or opening a byline (——二〇二六年一月二十日在…). */
const SIGNATURE_IN_WORDS = new RegExp(`^${DATE_IN_WORDS}$`);
const PAREN_DATE_IN_WORDS = new RegExp(`[(][^()]{0,10}?(${DATE_IN_WORDS})`);
const BYLINE_IN_WORDS = new RegExp(`^\\s*[—–-]{1,2}\\s*(${DATE_IN_WORDS})(?=在|于)`);
/** A title line naming a report or a plan, with the day it was given in its parenthesis: …政府工作报告(2023年1月3日 李云). */
const TITLE_PAREN_DATE = /^[^\n。,，]{2,40}(?:报告|规划|计划|纲要|方案|要点)[(（]\s*((?:19|20)\d\d年\d{1,2}月\d{1,2}日)/m;

/** The day a message board's office answered: …局在2020-03-09回复:, 答复时间:2020年3月9日. */
const REPLY_DATE = /(?:[局委办厅府院室处]\s*(?:在|于)\s*|(?:回复|答复)(?:时间|日期)[:：]\s*)((?:19|20)\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*(?:(?:回复|答复)[:：]|\d{1,2}:\d\d|\s|$)/;

export function readIssueDate(page: string): string | null {
  const text = closeDateGaps(page);
  const field = readField(text, ["发文日期", "成文日期", "印发日期"]);
  const fromField = field ? parseDate(field) : null;
  if (fromField) return fromField;
  // a signature line holding only a date, in figures or in words (二〇二六年一月二十日)
  for (const t of firstLines(text, 400)) {
    if (/^(19|20)\d\d年\d{1,2}月\d{1,2}日$/.test(t) || SIGNATURE_IN_WORDS.test(t)) return parseDate(t);
  }
  // a date in the title's parenthesis: (二〇二〇年十二月三十日…通过)
  const head = text.slice(0, 3000);
  const paren = PAREN_DATE_IN_WORDS.exec(head);
  if (paren) return parseDate(paren[1]);
  // (…or in figures in the parenthesis of a title line naming a report or a plan, before a page's own time field:
  // 绵阳市政府工作报告(2023年1月3日 李云) / 时间: 2024-02-24 — the page reposts the report)
  const titled = TITLE_PAREN_DATE.exec(firstLines(text, 3).join("\n"));
  if (titled) return parseDate(titled[1]);
  // (信息来源: 综合办公室 时间:2025-08-20: a page's time field, a field of its own — not 完成时间:, a task's deadline)
  // (发表时间:2024-10-01 is a page's time field too — not 更新时间, a stamp of a later edit)
  // (归档时间:2019-01-25: the day a site filed the page, its publishing day)
  // (公开日期:2023-04-22: the day an information-disclosure page made the document public)
  // (录入时间:2021-08-04 11:17:48, 发稿时间, 新闻时间: the day a site's editor entered or sent out the story)
  // (发布: 2016-01-21 |  作者: 佚名: a page's bar of fields, the day it was published)
  const published = readField(text, ["发布日期", "发布时间", "发表时间", "发表日期", "公开日期", "生成日期", "归档时间", "归档日期", "录入时间", "发稿时间", "新闻时间", "日期:", "时间:", "发布:", "发布："]);
  const fromPublished = published ? parseDate(published) : null;
  if (fromPublished) return fromPublished;
  // (a forum post's own time, 发表于 2018-10-14 10:53:00 | 显示全部楼层 — before a poster's profile's dates above it)
  const posted = /^[ \t]*(?:发表于|發表於)\s*((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?=\s|$)/m.exec(text.slice(0, 3000));
  if (posted) return parseDate(`${posted[1]}-${posted[2]}-${posted[3]}`);
  // (a news page's calendar-style date at its head, the year on one line and the day under it: 2022 / 11-10)
  const calendar = /^\s*((?:19|20)\d\d)[ \t]*\r?\n[ \t]*(\d{1,2})-(\d{1,2})[ \t]*\r?\n/.exec(text.slice(0, 40));
  if (calendar) return parseDate(`${calendar[1]}-${calendar[2]}-${calendar[3]}`);
  // a date near the top: ——2024年1月15日在市第十七届人民代表大会第三次会议上
  // (a line that opens with the date, not a date in a sentence: 2020年7月17日,国家发展改革委…)
  for (const [index, line] of firstLines(text, 12).entries()) {
    // (nor the days of an event the line reports: 2025年12月25日至26日召开的…会议提出)
    // (nor a photo's caption, its credit closing the line: 2025年11月2日傍晚,…雪山风光。江飞波 摄)
    // (…or after a bar a page puts before it: | 2026年01月13日 13:34; or after the site's path: /yumi/ 2024年1月18日 巍山融媒)
    const m = /^\s*(?:[—–-]{1,2}\s*|[|｜]\s*|\/[A-Za-z0-9_/-]{1,30}\/\s+)?[(（]?((19|20)\d\d年\d{1,2}月\d{1,2}日)(?![,，]|至\d{1,2}日[^\s,，。]{0,12}?(?:召开|举行|开幕|闭幕))/.exec(line.endsWith("摄") ? "" : line) ??
      // (in words, as a byline writes it: ——二〇二六年一月二十日在…会议上)
      BYLINE_IN_WORDS.exec(line) ??
      // (or closing a short line of labelled fields: 版次:03 作者:2023年01月12日)
      /^.{0,30}[:：]\s*((19|20)\d\d年\d{1,2}月\d{1,2}日)\s*$/.exec(line);
    if (m) return parseDate(m[1]);
    // a news page's dateline: 2025 01/24 16:18:06, 2025-01-19 10:47:47 来源: …
    // (as a markdown list item too: - 2017/1/26 11:31:00, marked twice as a page converted again writes it: - - 2012-11-14 …)
    // (or after a poster's name and a dash: TUhjnbcbe - 2025/6/2 15:19:00)
    // (…a page's counter of views glued after its seconds: - 2012-11-14 09:11:301585)
    const dateline = /^\s*(?:(?:[-*•]\s+)+|[^\s-]{1,24}\s+[-–—]\s+)?((?:19|20)\d\d)[\s-/.]+(\d{1,2})[-/.](\d{1,2})\s+\d{1,2}:\d\d(?::\d\d)?(?:\s|$|(?<=:\d\d:\d\d)\d{1,7}\s*$)/.exec(line);
    if (dateline) return parseDate(`${dateline[1]}-${dateline[2]}-${dateline[3]}`);
    // (a line that is only the page's date, in figures with dashes or slashes: 2026-01-28,)
    // (…or with the issuer right after it: 2020-12-16四川省农业农村厅)
    const dateAlone = /^\s*((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})\s*(?:[,，]?\s*|[\u4e00-\u9fff]{2,14}\s*)$/.exec(line);
    if (dateAlone) return parseDate(`${dateAlone[1]}-${dateAlone[2]}-${dateAlone[3]}`);
    // (…or opening a portal's bar of fields: 2019-11-4| 发布者: shiyun| 查看: 1927)
    const barred = /^\s*((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?:\s+\d{1,2}:\d\d(?::\d\d)?)?\s*[|｜]\s*(?:发布者|作者|来源|查看|浏览|编辑)/.exec(line);
    if (barred) return parseDate(`${barred[1]}-${barred[2]}-${barred[3]}`);
    // an ISO date opening the page, alone or labelled: date 2026-02-03 …
    // (or after the name of its source, with the time: 封面新闻 2023-02-21 13:35, Xin Lang Cai Jing·2026-02-03 12:35,
    // 来源:山西晚报 • 2023-02-24 09:45:53)
    // (or its source glued after it: 2020-04-02来源:新华网)
    // (…or after its poster's name, the source after it with no time: admin 2004-03-17 来源:景观中国网)
    const iso = /^\s*(?:date|Date|DATE|日期|时间)?\s*[:：]?\s*((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?:\s|T\d{1,2}:\d\d|$|来源[:：])/.exec(line) ??
      /^\s*(?:来源[:：]\s*)?[\u4e00-\u9fffA-Za-z](?:[\u4e00-\u9fffA-Za-z]| (?=[A-Za-z])){1,24}(?:\s+|\s*[·•|]\s*)((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d\d/.exec(line) ??
      /^\s*[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9_]{0,23}\s+((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\s+来源[:：]/.exec(line) ??
      // (…or after the source, no time with it, at the line's start or after markup a page left before it: 来源:厦门日报
      // 2012-12-24 编辑:黄水来, …八座天桥将投用<br >来源:…)
      /(?:^|\s|>)来源[:：]\s*[^\s:：]{2,30}\s+((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?=\s|$)/.exec(line);
    if (iso) return parseDate(`${iso[1]}-${iso[2]}-${iso[3]}`);
    // (…or after a newspaper's name with no time, the line's end after it: 柳州日报  2021-07-26)
    const paper = line.includes("报") ? /^\s*[\u4e00-\u9fff]{1,10}报\s+((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\s*$/.exec(line) : null;
    if (paper) return parseDate(`${paper[1]}-${paper[2]}-${paper[3]}`);
    // (…or closing the page's first line, its headline, after a space: 上海市重大建设聚焦四大方面 资金投入1036亿 2016-11-18, with
    // its time or none: 上海“十二五”时期的主要目标 2011-02-12 14:08)
    const stamped = index === 0 ? /^[^\n]{4,60}?\s((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?:\s+\d{1,2}:\d\d(?::\d\d)?)?\s*$/.exec(line) : null;
    if (stamped) return parseDate(`${stamped[1]}-${stamped[2]}-${stamped[3]}`);
    // (…or alone on its line in figures, in brackets or marked as published: [2023.01.31] 發表, 2024.03.05)
    const alone = /^\s*[[【(（]?\s*((?:19|20)\d\d)[.\-/](\d{1,2})[.\-/](\d{1,2})\s*[\]】)）]?\s*(?:发表|發表|发布|發佈)?\s*$/.exec(line);
    if (alone) return parseDate(`${alone[1]}-${alone[2]}-${alone[3]}`);
    // (…or closing a line after its source in 【】: http://m.rhen-cn.cn【泉州經濟網】2016-02-22)
    const bracketed = line.includes("】") ? /【[^【】\n]{2,16}】\s*((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?:\s+\d{1,2}:\d\d(?::\d\d)?)?\s*$/.exec(line) : null;
    if (bracketed) return parseDate(`${bracketed[1]}-${bracketed[2]}-${bracketed[3]}`);
    // (…or the date in words, with the time: 来源:央视网 | 2021年03月13日 09:48)
    // (…or after a bar with no time, the page's counters after it: 新華社|2024年04月24日     閱讀量:)
    // (…or an e-paper's source line, its edition after it: 来源:羊城区域     2021年11月24日        版次:ZXA13    栏目:今日关注)
    const sourced = /^\s*(?:来源[:：]\s*)?[\u4e00-\u9fffA-Za-z]{2,24}(?:\s+|\s*[·•|]\s*)((?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s+\d{1,2}:\d\d/.exec(line) ??
      /^\s*[\u4e00-\u9fffA-Za-z]{2,24}\s*[|｜]\s*((?:19|20)\d\d年\d{1,2}月\d{1,2}日)(?:\s|$)/.exec(line) ??
      /^\s*来源[:：]\s*[\u4e00-\u9fffA-Za-z]{2,24}\s+((?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s+(?:版次|版面|栏目|作者|第\d+版)/.exec(line);
    if (sourced) return parseDate(sourced[1]);
    // (a newspaper's masthead or edition line: 工人日报 2025年05月16日 星期一, 《工人日报》(2025年05月16日 04版))
    const edition = line.includes("报") ? NEWSPAPER_EDITION.exec(line) : null;
    if (edition) return parseDate(edition[1] ?? edition[2]);
    // (a newspaper's dateline opening its story: 本报太原2024年12月31日讯)
    const newspaperDateline = /^\s*本报[\u4e00-\u9fff]{0,8}?((?:19|20)\d\d年\d{1,2}月\d{1,2}日)[电讯]/.exec(line);
    if (newspaperDateline) return parseDate(newspaperDateline[1]);
    // (a site's address, then the page's timestamp: http://www.CRNTT.com   2023-02-27 15:42:18)
    const addressed = /^\s*(?:https?:\/\/)?[\w.-]+\.(?:com|cn|net|org)(?:\/\S*)?\s+((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d\d/i.exec(line);
    if (addressed) return parseDate(`${addressed[1]}-${addressed[2]}-${addressed[3]}`);
    // (a Hong Kong page's day first: 12/07/2022 11:02 — day, month, year)
    // (…or with dots, as European-style pages write it: 30.06.2020  09:32)
    // (as a markdown list item too: - 30.06.2020 09:32)
    const dayFirst = /^\s*(?:[-*•]\s+)?(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)\s+\d{1,2}:\d\d(?:\s|$)/.exec(line);
    if (dayFirst && Number(dayFirst[3]) <= 12) return parseDate(`${dayFirst[4]}-${dayFirst[3]}-${dayFirst[1]}`);
    // a feed's or a mail's date alone on its line (RFC 2822): Sat, 05 Mar 2022 07:52:05 GMT
    const rfc = RFC_DATE.exec(line);
    if (rfc) return parseDate(`${rfc[3]}-${MONTHS.indexOf(rfc[2].slice(0, 3).toLowerCase()) + 1}-${rfc[1]}`);
    const furniture = line.trim().length <= 60 && PAGE_FURNITURE.test(line);
    // (a short line of page furniture labelling the date: 新闻 时间:2025年02月20日 来源:今日高密)
    // (not a meeting's or an event's time: 会议时间:…地点:…报告厅, 报名时间:…)
    const labelled = furniture && !EVENT_WORD.test(line) ? /(?:^|\s)(?:时间|日期)[:：]\s*((?:19|20)\d\d年\d{1,2}月\d{1,2}日)/.exec(line) : null;
    if (labelled) return parseDate(labelled[1]);
    // (a short line of page furniture holding a timestamp, glued to what stands around it: 新闻资讯2024-01-24 14:26:44橙橘网)
    // (only beside words of a page's furniture: a meeting's 会议时间:2024-03-15 09:30 dates no page)
    const stamp = furniture ? /(?<!\d)((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d\d(?::\d\d)?(?!\d)/.exec(line) : null;
    if (stamp) return parseDate(`${stamp[1]}-${stamp[2]}-${stamp[3]}`);
    // (a page run together into one line, its dateline after the headline: …至少60个 2022年10月13日 23:27:37 来源:川观新闻)
    const runTogether = line.includes("来源") ? DATELINE_BEFORE_SOURCE.exec(line.slice(0, 300)) : null;
    if (runTogether) return parseDate(runTogether[1]);
    // (any other line of furniture, no sentence in it, holding a day with its time: a sentence dates events by 时 and 分,
    // a page stamps itself with a clock — http://www.sina.com.cn  2012年06月21日04:29  中安在线 微博)
    // (not a time a line schedules or recalls, 会议时间:…09:30, 申报截止时间…17:00, 铭记 2008年5月12日14:28)
    // (nor a later edit's stamp, 更新时间:… — the words before the time say whose it is: 发布于:2021-10-19 14:57:52 更新于:…
    // is the page's —, nor a long line of text that only ends on a time)
    const clockedAt = line.includes(":") && line.length <= 80 && !/[，。；！？,;]/.test(line) ? CLOCKED_DAY.exec(line) : null;
    const clocked = clockedAt && !SCHEDULED.test(line.slice(0, clockedAt.index)) ? clockedAt : null;
    if (clocked) return parseDate(clocked[1]);
    // (…or a day in figures on a line of navigation or counters: 我为人人2024-02-18【教育服务】26084人已围观 — not a term of validity)
    // (nor a later edit's, 更新时间:2022-10-21, whatever counters stand before it)
    const navDayAt = line.includes("-") && !line.includes("有效") && isNavLine(line) ? /(?<!\d)((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?!\d)/.exec(line) : null;
    const navDay = navDayAt && !SCHEDULED.test(line.slice(0, navDayAt.index)) ? navDayAt : null;
    if (navDay) return parseDate(`${navDay[1]}-${navDay[2]}-${navDay[3]}`);
    // (…or a field of the page's posting anywhere on a line, bracketed or not: 加快发展远洋渔业 [发布时间]:2011-08-11)
    const posting = line.includes("时间") || line.includes("日期") ? POSTED_FIELD.exec(line) : null;
    if (posting) return parseDate(posting[1]);
  }
  // (a message board's answer to a citizen: the day the office replied dates the page — 新泰市文化和旅游局在2020-03-09回复:,
  // 回复时间:2020-03-09)
  const replied = REPLY_DATE.exec(text.slice(0, 3000));
  if (replied) return parseDate(`${replied[1]}-${replied[2]}-${replied[3]}`);
  // (when nothing else dates the page: a forum post's line, its date after 发表于 and its time among the board's counters —
  // 发表于 2025-3-17 09:38:13 | 显示全部楼层 — not an article said to have been published, 此前的分析文章发表于 2019-5-3)
  for (const line of firstLines(text, 60)) {
    const posted = /^(?:\S{1,24}\s+)?发表于\s*((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})\s+\d{1,2}:\d\d/.exec(line.trim());
    if (posted) return parseDate(`${posted[1]}-${posted[2]}-${posted[3]}`);
  }
  // (…or an e-paper's footer, the edition and its day closing the page: 当前:A2版(2023年06月08日))
  const footer = EDITION_FOOTER.exec(text.slice(-200));
  if (footer) return parseDate(footer[1]);
  return null;
}

/** Words of an event's time on a line, which dates no page: 会议时间:…, 报名截止…, 活动地点… */
const EVENT_WORDS = "会议|地点|报名|截止|活动|举办|开幕";
const EVENT_WORD = new RegExp(EVENT_WORDS);

/** An e-paper's footer closing the page: its edition, then the day in brackets (当前:A2版(2023年06月08日)). */
const EDITION_FOOTER = /版\s*[(（]\s*((?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s*[)）]\s*$/;

/** A page's field of posting and its day: [发布时间]:2011-08-11, 【发布日期】2020年3月5日 (not 更新时间, a later edit's stamp). */
const POSTED_FIELD = /(?:^|\s|[[【])(?:发布|发表|录入|发稿)(?:时间|日期)\s*[\]】]?\s*[:：]?\s*((?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2})/;

/** Words of a time a line schedules or recalls, or of a later edit, not the page's own: 会议, 截止, 时刻, 铭记, 更新… */
const SCHEDULED = new RegExp(`${EVENT_WORDS}|截至|时刻|测评|开栓|考试|铭记|纪念|开始|结束|更新`);
/** A day and the time of day after it, in words or figures: 2012年06月21日04:29, 2012-06-21 04:29. */
const CLOCKED_DAY = /(?<!\d)((?:19|20)\d\d年\d{1,2}月\d{1,2}日|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})\s*\d{1,2}:\d\d(?!\d)/;

/** A timestamp, then the page's source: 2022年10月13日 23:27:37 来源:, 2022-10-13 23:27 来源: */
// (the spaces around it may be gone: the lines metadata reads have spaced figures closed up)
// (…the time in words too: www.gov.cn   2011年12月04日 16时32分   来源:新华社)
const DATELINE_BEFORE_SOURCE = /(?<!\d)((?:19|20)\d\d年\d{1,2}月\d{1,2}日|(?:19|20)\d\d-\d{1,2}-\d{1,2})\s*(?:\d{1,2}:\d\d(?::\d\d)?|\d{1,2}时\d{1,2}分)\s*来源[:：]/;

/** A newspaper's masthead with the weekday, or the paper's name with its edition's date and page. */
const NEWSPAPER_EDITION = /^\s*[\u4e00-\u9fff]{2,12}报\s+((?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s+星期[一二三四五六日天]\s*$|^\s*《[\u4e00-\u9fff]{2,12}报》\s*[(（]\s*((?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s*(?:第\s*)?\d{1,3}\s*版\s*[)）]\s*$/;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const RFC_DATE = /^\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+((?:19|20)\d\d)(?:\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*(?:GMT|UTC|[+-]\d{4}|[A-Z]{3}))?)?\s*$/i;

/** Words of a news page's furniture around its timestamp: 新闻资讯, 来源, 发布, …网, …报. */
const PAGE_FURNITURE = /(资讯|新闻|来源|发布|网|报|编辑|作者|频道|阅读|浏览|财经|[•·|])/;

/** A date some pages space out (2026年01月 18日, 2025 年 3 月 5 日) written whole, in the page's head. */
function closeDateGaps(text: string): string {
  const head = text.slice(0, 5000);
  if (!/\d[ \t]+[年月日]|[年月][ \t]+\d/.test(head)) return text;
  return head.replace(/((?:19|20)\d\d)[ \t]*年[ \t]*(\d{1,2})[ \t]*月[ \t]*(\d{1,2})[ \t]*日/g, "$1年$2月$3日") + text.slice(5000);
}

/**
 * Metadata without the horizon (the extractor derives it), plus the year used for 年内 / 今年: read from the lines as
 * written; its year from `joined`, the same text with wrapped lines joined
 * (a sign of the year's work broken by a PDF's line, 2024年的目标中 / …, reads whole), when the caller has it, and its
 * title from a line that stands whole there.
 */
export function readDocument(text: string, id: string, joined = text): Omit<PlanDocument, "horizon"> & { docYear: number | null; docYearSource: string | null } {
  const title = readTitle(text, joined);
  const issuer = readIssuer(text, title);
  const issueDate = readIssueDate(text);
  // (a photo's caption dates the page only when nothing else does: 2023年11月2日傍晚,…雪山风光。江飞波 摄 / 明年全县…)
  const year = documentYear(joined, title, issueDate) ?? captionYear(text);
  return {
    id,
    title,
    issuer,
    region: readRegion(issuer, title),
    docNumber: readDocNumber(text),
    issueDate,
    docYear: year ? year.year : null,
    docYearSource: year ? year.source : null,
  };
}

/** The year of a photo's caption near the head, its date opening the line and its credit closing it (…江飞波 摄). */
function captionYear(text: string): { year: number; source: string } | null {
  for (const line of firstLines(text, 12)) {
    const m = line.endsWith("摄") ? /^\s*((?:19|20)\d\d)年\d{1,2}月\d{1,2}日/.exec(line) : null;
    if (m) return { year: Number(m[1]), source: "date" };
  }
  return null;
}
