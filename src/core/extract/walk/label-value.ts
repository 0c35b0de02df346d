// Clauses of a sentence, with indicator-list lines "label:value" (城镇化率:62%, 高新技术企业数:突破300家) read as one
// clause, so the label names the indicator of the value.
import { clauses, type Span } from "../../text/segment";

/** Lead-ins and record fields that end in a colon but name no indicator: 主要目标:, 责任单位:, 发布日期:. */
const LEAD_IN_LABEL = /(目标|任务|指标|要求|措施|重点|内容|举措|单位|部门|日期|时间|期限|地点|文号|编号|电话|地址|说明|备注|注|如下|包括|是|为|有|其中|主要|方面|来源|依据|附件|标题|主题|联系人)$/;
/** A label-value line's value: a number, after at most a comparator, growth or total word (重点项目:新建学校5所 is no value). */
const VALUE_OPENING = /^(?:(?:[一二三四五六七八九十]年)?累计|年均增长|年均|增长|增速|达到|达|突破|超过|控制在|提高到|提高|提升到|提升|不低于|不少于|不超过|不高于|低于|高于|稳定在|保持在|下降|降低|约|力争|[≥≤<>])?\d/;

/** Clauses of `sentence`; `opensLine` says whether the sentence opens its line (where a label stands). */
export function labelValueClauses(text: string, sentence: Span, opensLine: boolean): Span[] {
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
