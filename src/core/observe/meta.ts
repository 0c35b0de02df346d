// A bulletin's title, year and region, from the text itself: the title (2025年郑州市国民经济和社会发展统计公报,
// possibly broken over two lines), else the opening sentence (2023年，全州…), else the issue date (a bulletin
// comes out the year after the one it reports on); the region from the title or the issuing 统计局.
import { normalise } from "../text/normalise";

export interface BulletinMeta {
  title: string | null;
  year: number | null;
  yearSource: string | null;
  region: string | null;
}

const TITLE_TAIL = /国民经济和社会发展统计公报/;
const NOTE = /\[\d{1,2}\]|[①②③④⑤⑥⑦⑧⑨⑩]/g;

function readTitle(lines: string[]): string | null {
  for (const l of lines.slice(0, 30)) {
    const m = /^标题[:]\s*(.+)$/.exec(l.trim());
    if (m && TITLE_TAIL.test(m[1]!)) return m[1]!.replace(/\s+/g, "");
  }
  // the first lines, joined until the title ends (titles break over lines in PDF text)
  const head = lines.slice(0, 12).map((l) => l.replace(/\s+/g, "").replace(NOTE, "")).filter((l) => l !== "");
  for (let i = 0; i < head.length; i++) {
    for (let n = 1; n <= 3 && i + n <= head.length; n++) {
      const t = head.slice(i, i + n).join("");
      if (TITLE_TAIL.test(t) && t.length <= 60) return t.replace(/[()]/g, "");
    }
  }
  return null;
}

/** The region a 统计局 line names: 黔东南州统计局 → 黔东南州 (国家统计局…调查队 lines are skipped). */
function regionFromIssuer(lines: string[]): string | null {
  for (const l of lines.slice(0, 12)) {
    for (const part of l.trim().split(/\s{2,}|、/)) {
      const c = part.replace(/\s+/g, "");
      const m = /^([\u4e00-\u9fff]{2,12}?)统计局$/.exec(c);
      if (m && !c.startsWith("国家统计局")) return m[1]!;
    }
  }
  return null;
}

export function readBulletinMeta(original: string): BulletinMeta {
  const text = normalise(original.slice(0, 6000)).text;
  const lines = text.split("\n");
  const title = readTitle(lines);
  let year: number | null = null;
  let yearSource: string | null = null;
  let region: string | null = null;
  if (title) {
    const y = /((?:19|20)\d\d)年/.exec(title);
    if (y) {
      year = Number(y[1]);
      yearSource = "title";
    }
    const r = title.replace(/((?:19|20)\d\d)年/, "").replace(TITLE_TAIL, "").replace(/^[^\u4e00-\u9fff]+|[^\u4e00-\u9fff]+$/g, "");
    if (r.length >= 2 && r.length <= 16) region = r;
  }
  const flat = text.replace(/[ \t]+/g, "");
  if (year === null) {
    // the opening sentence: 2023年，全州… / 2025年是“十四五”规划收官之年
    const m = /(?:^|\n)((?:19|20)\d\d)年(?:,|是|全(?:市|区|县|州|省))/.exec(flat);
    if (m) {
      year = Number(m[1]);
      yearSource = "text";
    }
  }
  if (year === null) {
    const d = /(?:^|\n)[(]?((?:19|20)\d\d)年\d{1,2}月(?:\d{1,2}日)?[)]?(?:\n|$)/.exec(flat);
    if (d) {
      year = Number(d[1]) - 1;
      yearSource = "issue date";
    }
  }
  region ??= regionFromIssuer(lines);
  return { title, year, yearSource, region };
}
