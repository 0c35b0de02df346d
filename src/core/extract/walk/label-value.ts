// Clauses of a sentence, with indicator-list lines "label:value" (城镇化率:62%, 高新技术企业数:突破300家) read as one
// clause, so the label names the indicator of the value.
import { clauses, type Span } from "../../text/segment";

/** Lead-ins and record fields that end in a colon but name no indicator: 主要目标:, 责任单位:, 发布日期:. */
const LEAD_IN_LABEL = /(目标|任务|指标|要求|措施|重点|内容|举措|单位|部门|日期|时间|期限|地点|文号|编号|电话|地址|说明|备注|注|如下|包括|是|为|有|其中|主要|方面|来源|依据|附件|标题|主题|联系人)$/;
/** A goal's label that names its indicator (地区生产总值增长目标, 城镇新增就业目标), not a lead-in (主要目标, 2025年发展目标). */
function namesIndicatorGoal(label: string): boolean {
  const stem = /^(.*?)(?:预期)?目标$/.exec(label)?.[1] ?? "";
  return stem.length >= 4 && !/(主要|发展|总体|工作|具体|预期|年度|奋斗|战略|核心|基本|阶段性?|近期|远期|中期|长期|任务|规划|考核|的)$/.test(stem);
}

/** A label-value line's value: a number, after at most a comparator, growth or total word (重点项目:新建学校5所 is no value). */
const VALUE_OPENING = /^(?:(?:[一二三四五六七八九十]年)?累计|年均增长|年均|增长|增速|达到|达|突破|超过|控制在|提高到|提高|提升到|提升|不低于|不少于|不超过|不高于|低于|高于|稳定在|保持在|下降|降低|约|力争|[≥≤<>])?\d/;

const COLON = 0x3a;

/** Clauses of `sentence`; `opensLine` says whether the sentence opens its line (where a label stands). A goal's label
 * names its indicator anywhere in a sentence (…,城镇新增就业目标:22万人). */
export function labelValueClauses(text: string, sentence: Span, opensLine: boolean): Span[] {
  const parts = clauses(text, sentence.start, sentence.end);
  // (a copy only once a pair is read as one: most sentences hold none)
  let out: Span[] | null = null;
  for (let i = 0; i < parts.length; i++) {
    if (i + 1 < parts.length && text.charCodeAt(parts[i].end) === COLON && isLabelOf(text, parts[i], parts[i + 1], i === 0 && opensLine)) {
      out ??= parts.slice(0, i);
      out.push({ start: parts[i].start, end: parts[i + 1].end });
      i++;
    } else out?.push(parts[i]);
  }
  return out ?? parts;
}

/** Whether clause `label` names the indicator of the value clause after its colon. */
function isLabelOf(text: string, labelSpan: Span, valueSpan: Span, opensLine: boolean): boolean {
  // (a year opening the label dates it: 2022年 武汉地区生产总值增长目标:7.5%)
  const label = text.slice(labelSpan.start, labelSpan.end).trim().replace(/^(?:19|20)\d\d年[\s,，]*/, "");
  if (label.length < 2 || label.length > 30 || /[\d\s]/.test(label)) return false;
  if (!(opensLine ? !LEAD_IN_LABEL.test(label) || namesIndicatorGoal(label) : namesIndicatorGoal(label))) return false;
  if (!/[\u4e00-\u9fff]$/.test(label) && !/[)]$/.test(label)) return false;
  const value = text.slice(valueSpan.start, valueSpan.end).trim();
  // a date (2024-01-01) or a plain code is a record field, not a value
  return VALUE_OPENING.test(value) && !/^\d{4}[-./年]\d{1,2}/.test(value);
}
