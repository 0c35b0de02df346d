// Sentences whose numbers state no target, whatever words of plans they hold: a yes-no question about a figure, and
// the attendance or vote of the session that hears a report.

/**
 * A yes-no question (…能破2万亿吗, 能否…?): it asserts no value. A question of how or why presupposes the value it
 * asks about (GDP预期目标5.5%如何实现?), which stays read.
 */
function asksQuestion(said: string, after: string | undefined): boolean {
  const t = said.trimEnd();
  // (…新增普惠托位2万个,你准备好了吗?: a tag after a statement asks nothing of its figures — the clause asking holds one)
  const asking = t.slice(Math.max(t.lastIndexOf(","), t.lastIndexOf("，"), t.lastIndexOf(";")) + 1);
  if (!/\d|[一二两三四五六七八九十百千]{1,6}[万亿]/.test(asking)) return false;
  return /吗[?？]?$/.test(t) || ((after === "?" || /[?？]$/.test(t)) && /(能否|是否|会不会|能不能|可否)/.test(t.slice(-30)));
}

/** A count of those at a session or of its vote: 代表名额, 出席会议的代表, 代表出席本次会议, 应到…实到…, 符合法定人数, 赞成率, 旁听会议. */
const ATTENDANCE = /(代表名额|实有代表|(?:出席|缺席|列席)(?:会议|本次会议)?的?(?:代表|委员)|应到会?[^,，。;]{0,8}实到|符合法定人数|以[\d.]{1,6}%的赞成率|(?<!\d)\d{1,6}人投票|旁听会议|旁听了?(?:本次|此次)(?:会议|大会)|实到代表\d+人|代表(?:出席|列席)了?(?:本次|此次)(?:会议|大会)(?!率)|\d+名[\u4e00-\u9fff]{0,4}代表(?:出席|列席)(?:会议|大会)(?!率))/;
/** What a report sets after its vote (…以98.6%的赞成率通过,报告提出今年地区生产总值增长6%左右): the sentence stays read. */
const SETS_AFTER_VOTE = /(提出|力争|确保|预期)/;

/** Why a sentence's numbers state no target (`after`: the character after it), or null. */
export function quietReason(said: string, after: string | undefined): string | null {
  // 杭州今年GDP能破2万亿吗? — a question sets nothing; its answer may
  if (asksQuestion(said, after)) return "a question (…吗?)";
  // (代表名额为338名,实际出席会议的代表318名, 以99.3%的赞成率…通过: who attends the session that hears a report, and its vote)
  const attendance = ATTENDANCE.exec(said);
  if (attendance && !SETS_AFTER_VOTE.test(said.slice(attendance.index + attendance[0].length))) return "a meeting's attendance or vote (代表名额, 赞成率)";
  return null;
}
