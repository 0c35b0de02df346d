// Policy parameters and eligibility rules are not indicators: 按照购房资金总额的1%-1.5%补助标准予以补助;
// 按照人均不少于0.1平方米的标准配建养老服务设施; 给予…奖励/补贴 amounts.
const POLICY = /(按照|按|依照|参照)[^,。;]{0,30}$/;
const REWARD_AFTER = /^[^,。;]{0,12}(补助|补贴|奖励|贴息|资助|的标准|标准予以|标准配建|收费)/;

export function isPolicyParameter(clauseBefore: string, clauseAfter: string): boolean {
  if (POLICY.test(clauseBefore) && /标准|补助|补贴|比例/.test(clauseAfter.slice(0, 20))) return true;
  if (/(给予|奖励|补助|补贴|资助)(标准|金额|资金)?(为|按|最高)?$/.test(clauseBefore)) return true;
  return REWARD_AFTER.test(clauseAfter) && /(补助|补贴|奖励|贴息|资助)/.test(clauseAfter.slice(0, 14));
}
