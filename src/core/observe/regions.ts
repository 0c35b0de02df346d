// Does a bulletin cover the plan's region? A city's bulletin does not measure a district's plan (the user may
// allow it), nor another city's.

const LEVEL = /(?:市|州|县|区|盟|旗|地区)$/;

/** Two spellings of one region: 黔东南州 / 黔东南苗族侗族自治州, 湘西州 / 湘西自治州 (the longer adds only autonomy words). */
function sameName(a: string, b: string): boolean {
  const x = a.replace(/\s+/g, "").replace(LEVEL, "");
  const y = b.replace(/\s+/g, "").replace(LEVEL, "");
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 2 && long.startsWith(short) && /^(?:[\u4e00-\u9fff]{1,3}族)*自治$/.test(long.slice(short.length));
}

export function sameRegion(plan: string | null, bulletin: string | null): { same: boolean; reason: string } {
  if (!plan || !bulletin) return { same: true, reason: `region not known (plan ${plan ?? "?"}, bulletin ${bulletin ?? "?"})` };
  if (sameName(plan, bulletin)) return { same: true, reason: `region ${bulletin}` };
  if (plan.startsWith(bulletin)) return { same: false, reason: `the bulletin covers ${bulletin}, the plan only ${plan} within it` };
  if (bulletin.startsWith(plan)) return { same: false, reason: `the bulletin covers only ${bulletin}, the plan all of ${plan}` };
  return { same: false, reason: `the bulletin covers ${bulletin}, the plan ${plan}` };
}
