// Scores every labelled real document of tests/real again in other text forms a user's file may take — CRLF, blank
// lines between paragraphs, indents, markdown (headings, bold, bullets, quotes), HTML, full-width figures, spaces around
// numbers (pangu), lines wrapped at 40 characters, the whole text on one line, a PDF's page numbers, tab tables — and
// prints each form's pooled score beside the plain one, with the number of problems that changed:
//   npx tsx tests/real/forms.ts [FORM ...]        (SHOW=N prints N changed problems per form)
// `cutN` (named to run: cut400, cut1500) reads each page as excerpts instead, cut before headings (see excerpts()).
// Gold quotes are found in the original text and their offsets mapped into the rewritten one, so a gold target is
// matched wherever its words went. The forms rewrite tables' cell lines too where a real file would not (a <p> per
// wrapped PDF line, a space inside a glued table), so a form's drop is an upper bound on what a user meets.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { extract, type Target } from "../../src/core";
import type { Gold } from "../extract/gold-scoring";
import { ticked } from "../extract/targets-of";
import { givenYears } from "./real-set";

const HEAD = /^(第[一二三四五六七八九十]+[章节篇部分]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、．](?!\d))/;
const isHead = (l: string): boolean => l.trim().length > 0 && l.trim().length <= 40 && !/[。;；]/.test(l) && HEAD.test(l.trim());
interface Tf { pre?: (l: string, i: number) => string; suf?: (l: string) => string; sep?: string; head?: string; ch?: (c: string) => string; at?: (l: string, j: number) => string }
const T: Record<string, Tf> = {
  none: {},
  crlf: { sep: "\r\n" },
  blank: { sep: "\n\n" },
  indent: { pre: (l) => (l.trim() && !l.includes("|") ? "\u3000\u3000" : "") },
  mdhead: { pre: (l) => (isHead(l) ? "## " : "") },
  mdbold: { pre: (l) => (isHead(l) ? "**" : ""), suf: (l) => (isHead(l) ? "**" : "") },
  mdall: { head: "# 标题\n\n", sep: "\n\n", pre: (l) => (isHead(l) ? "### **" : ""), suf: (l) => (isHead(l) ? "**" : "") },
  bullets: { pre: (l) => (l.trim().length > 15 && !isHead(l) && !l.includes("|") ? "- " : "") },
  quote: { pre: (l) => (l.trim().length > 15 && !l.includes("|") ? "> " : "") },
  nbsp: { ch: (c) => (c === " " ? "\u00a0" : c) },
  trail: { suf: (l) => (l.trim() ? "  " : "") },
  wrap40: { at: (l, j) => (l.length > 60 && j % 40 === 39 && j < l.length - 1 ? l[j] + "\n" : l[j]) },
  pangu: { at: (l, j) => { const c = l[j], n = l[j + 1] ?? ""; const cjk = (x: string): boolean => /[\u4e00-\u9fff]/.test(x); const dg = (x: string): boolean => /[0-9]/.test(x); return (cjk(c) && dg(n)) || (dg(c) && cjk(n)) ? c + " " : c; } },
  flat: { sep: " " },
  // (the whole text on one line with nothing between its lines, as some scrapers keep a page)
  glued: { sep: "" },
  // (a PDF's page numbers on lines of their own, between any two lines, paragraphs and tables alike)
  pages: { pre: (l, i) => (i > 0 && i % 25 === 0 ? `- ${i / 25} -\n` : "") },
  // (a word processor's tables: cells separated by tabs)
  tabs: { at: (l, j) => (l[j] === "|" && l.includes("|") ? "\t" : l[j]) },
  fw: { ch: (c) => (/[0-9%,;:()]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c) },
  html: { head: "<html><head><style>p{margin:0}</style></head><body>\n", pre: (l) => (l.trim() && !l.includes("|") ? "<p>" : ""), suf: (l) => (l.trim() && !l.includes("|") ? "</p>" : "") },
  htmlflat: { head: "<html><body>", sep: "", pre: (l) => (l.includes("|") ? "<div>" : "<p>"), suf: (l) => (l.includes("|") ? "</div>" : "</p>") },
};
function apply(s: string, t: Tf): { text: string; map: Int32Array } {
  const lines = s.split("\n");
  const map = new Int32Array(s.length + 1);
  let out = t.head ?? "";
  let o = 0;
  lines.forEach((l, i) => {
    out += t.pre?.(l, i) ?? "";
    for (let j = 0; j < l.length; j++) { map[o + j] = out.length; out += t.at ? t.at(l, j) : t.ch ? t.ch(l[j]) : l[j]; }
    out += t.suf?.(l) ?? "";
    o += l.length;
    map[o] = out.length;
    if (i < lines.length - 1) { out += t.sep ?? "\n"; o += 1; }
  });
  map[s.length] = out.length;
  return { text: out, map };
}
const SCALE: [string, number][] = [["亿", 1e8], ["万", 1e4], ["千", 1e3], ["百", 1e2]];
function base(value: number, unit: string): number { let u = String(unit ?? "").trim(); let v = Number(value); for (let c = true; c;) { c = false; for (const [p, f] of SCALE) if (u.startsWith(p) && u.length > p.length) { v *= f; u = u.slice(p.length); c = true; } } return v; }
const same = (a: number, au: string, b: number, bu: string): boolean => Number(a) === Number(b) || Math.abs(base(a, au) - base(b, bu)) <= 1e-9 * Math.max(1, Math.abs(base(b, bu)));
function score(orig: string, map: Int32Array, gold: Gold[], preds: Target[]) {
  const used = new Set<number>(); let tp = 0, fn = 0, year = 0, kind = 0; const probs: string[] = [];
  for (const g of [...gold].sort((a, b) => Number(!!a.optional) - Number(!!b.optional))) {
    const occ: [number, number][] = [];
    for (let i = orig.indexOf(g.quote); i >= 0; i = orig.indexOf(g.quote, i + 1)) occ.push([map[i], map[i + g.quote.length]]);
    let best = -1, bd = Infinity;
    preds.forEach((p, i) => { if (used.has(i) || !occ.some(([s, e]) => p.start < e && s < p.end) || !same(p.value, p.unit, g.value, g.unit)) return; const d = Math.min(...occ.map(([s]) => Math.abs(s - p.start))); if (d < bd) { best = i; bd = d; } });
    if (best >= 0) { used.add(best); if (g.optional) continue; tp++; const p = preds[best]; if ((p.year ?? null) === (g.year ?? null)) year++; else probs.push(`year ${g.quote}: ${p.year} gold ${g.year}`); if (p.kind === g.kind) kind++; else probs.push(`kind ${g.quote}: ${p.kind} gold ${g.kind}`); }
    else if (!g.optional) { fn++; probs.push(`miss ${g.quote} [${g.value} ${g.unit}]`); }
  }
  const fps = preds.filter((_, i) => !used.has(i)).map((p) => `fp ${p.text} [${p.value} ${p.unit}]`);
  return { tp, fn, fp: fps.length, year, kind, probs: [...probs, ...fps] };
}
// Excerpts (cutN): the document cut before a heading (not a numbered row) once a piece holds N characters, each piece read alone, as a
// user pastes one section; a piece that states no year of its own is read with the whole document's year, as
// `--doc-year` would give it.
function excerpts(orig: string, size: number, year: number | undefined): Target[] {
  const whole = extract(orig, { docYear: year }).document.docYear ?? undefined;
  const out: Target[] = [];
  let from = 0;
  const read = (to: number): void => {
    const piece = orig.slice(from, to);
    let r = extract(piece, { docYear: year });
    if (r.document.docYear == null && whole != null) r = extract(piece, { docYear: whole });
    for (const t of r.targets) out.push({ ...t, start: t.start + from, end: t.end + from });
    from = to;
  };
  for (let at = orig.indexOf("\n"); at >= 0; at = orig.indexOf("\n", at + 1)) {
    const next = orig.slice(at + 1, orig.indexOf("\n", at + 1) >>> 0);
    if (at + 1 - from >= size && isHead(next) && !/^\s*\d/.test(next)) read(at + 1);
  }
  read(orig.length);
  return out;
}
const only = process.argv.slice(2);
const root = path.dirname(new URL(import.meta.url).pathname);
const dirs = readdirSync(root).filter((d) => d !== "sources" && statSync(path.join(root, d)).isDirectory()).map((d) => path.join(root, d));
const baseProbs = new Map<string, string[]>();
const CUTS = only.filter((f) => /^cut\d+$/.test(f));
for (const [name, tf] of [...Object.entries(T), ...CUTS.map((c): [string, Tf] => [c, {}])]) {
  if (only.length && !only.includes(name) && name !== "none") continue;
  const cut = /^cut(\d+)$/.exec(name);
  let tp = 0, fp = 0, fn = 0, seen = 0, yr = 0, kd = 0;
  const diffs: string[] = [];
  for (const d of dirs) {
    const years = givenYears(d);
    for (const file of readdirSync(d).filter((x) => x.endsWith(".txt")).sort()) {
      const orig = readFileSync(path.join(d, file), "utf8");
      const { text, map } = apply(orig, tf);
      const gold = readFileSync(path.join(d, file.replace(/\.txt$/, ".jsonl")), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Gold).filter((g) => g.kind !== "baseline");
      const all = cut ? excerpts(orig, Number(cut[1]), years.get(file)) : extract(text, { docYear: years.get(file) }).targets;
      const s = score(orig, map, gold, ticked(all));
      const r = score(orig, map, gold, all);
      tp += s.tp; fp += s.fp; fn += s.fn; seen += r.tp; yr += s.year; kd += s.kind;
      const probs = s.probs.map((p) => p.replace(/[\r\u00a0]/g, (c) => (c === "\r" ? "" : " ")).replace(/\n\n/g, "\n").replace(/^(fp )(?:#+ |\*\*|- |> |\u3000\u3000)/, "$1"));
      const key = path.basename(d) + "/" + file;
      if (name === "none") baseProbs.set(key, probs);
      else { const b = new Set(baseProbs.get(key)); for (const p of probs) if (!b.has(p)) diffs.push(key + " NEW " + p); const n = new Set(probs); for (const p of baseProbs.get(key) ?? []) if (!n.has(p)) diffs.push(key + " GONE " + p); }
    }
  }
  const pc = (a: number, b: number): string => (100 * a / b).toFixed(1);
  console.log(`${name}: P ${pc(tp, tp + fp)} R ${pc(tp, tp + fn)} review ${pc(seen, tp + fn)} year ${pc(yr, tp)} kind ${pc(kd, tp)}  (tp ${tp} fp ${fp} fn ${fn}) changed ${diffs.length}`);
  if (process.env.SHOW) for (const x of diffs.slice(0, Number(process.env.SHOW))) console.log("   ", x.replace(/\n/g, "⏎").slice(0, 200));
}
