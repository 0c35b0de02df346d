// Documents reposted in traditional characters (城鎮新增就業68萬人左右): the rules read simplified Chinese, so such a
// text is read through OpenCC's traditional → simplified character table. Only characters that map one to one in the
// Basic Multilingual Plane are used: the clean text keeps its length, so the offset map into the original still holds
// and every quote a target shows is the original's. A simplified document is left as it is.
import TS_CHARACTERS from "opencc-js/dict/TSCharacters";

let table: Map<number, number> | null = null;

/** Traditional character code → simplified character code (OpenCC TSCharacters, first reading of each). */
function simplifiedOf(): Map<number, number> {
  if (table) return table;
  table = new Map();
  for (const entry of TS_CHARACTERS.split("|")) {
    const [trad, simp] = entry.split(" ");
    if (trad && simp && trad.length === 1 && simp.length === 1 && trad !== simp) table.set(trad.charCodeAt(0), simp.charCodeAt(0));
  }
  return table;
}

/** How much of the text to look at to tell the script, and the share of traditional-only characters that tells it. */
const SAMPLE = 20_000;
const MIN_SHARE = 0.03;
const MIN_COUNT = 8;

/** Whether the text is written in traditional characters: a steady share of its Chinese characters only exist there. */
export function isTraditional(text: string): boolean {
  const map = simplifiedOf();
  let cjk = 0, trad = 0;
  const n = Math.min(text.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) continue;
    cjk++;
    if (map.has(c)) trad++;
  }
  return trad >= MIN_COUNT && trad >= MIN_SHARE * cjk;
}

/** The text in simplified characters, character for character (same length); unchanged unless it is traditional. */
export function toSimplified(text: string): string {
  if (!isTraditional(text)) return text;
  const map = simplifiedOf();
  const out: string[] = [];
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const s = map.get(text.charCodeAt(i));
    if (s === undefined) continue;
    if (i > run) out.push(text.slice(run, i));
    out.push(String.fromCharCode(s));
    run = i + 1;
  }
  out.push(text.slice(run));
  // (計畫, 規畫: Taiwan's words for 计划, 规划, whose 畫 maps to 画 character by character — the same length either way)
  return out.join("").replace(TW_WORDS, (w) => (w === "计画" ? "计划" : "规划"));
}

/** Taiwan's spellings of 计划 and 规划, after the character table. */
const TW_WORDS = /[计规]画/g;
