// Does a bulletin cover the plan's region? A city's bulletin does not measure a district's plan (the user may
// allow it), nor another city's.

/** The region without its ethnic-autonomy words: 黔东南苗族侗族自治州 → 黔东南州, 湘西自治州 → 湘西州. */
export function regionKey(region: string): string {
  return region
    .replace(/\s+/g, "")
    .replace(/(?:[\u4e00-\u9fff]{1,3}族)*自治(州|县|旗)/g, "$1");
}

export function sameRegion(plan: string | null, bulletin: string | null): { same: boolean; reason: string } {
  if (!plan || !bulletin) return { same: true, reason: `region not known (plan ${plan ?? "?"}, bulletin ${bulletin ?? "?"})` };
  const p = regionKey(plan);
  const b = regionKey(bulletin);
  if (p === b) return { same: true, reason: `region ${bulletin}` };
  if (p.startsWith(b)) return { same: false, reason: `the bulletin covers ${bulletin}, the plan only ${plan} within it` };
  if (b.startsWith(p)) return { same: false, reason: `the bulletin covers only ${bulletin}, the plan all of ${plan}` };
  return { same: false, reason: `the bulletin covers ${bulletin}, the plan ${plan}` };
}
