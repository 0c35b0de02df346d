// Real documents, five-hundred-and-seventy-ninth development set (tests/real/dev579): new-energy goals of 2022–2023 (江苏's renewable-energy plan, 内蒙古's hydrogen plan in a pinyin-glossed mirror, 宁夏's storage plan, 敦煌's work report in traditional characters) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-seventy-ninth development set", path.join(__dirname, "dev579"), 4,
  { precision: 0.95, recall: 0.87, reviewRecall: 0.91, year: 0.95, kind: 0.95 }, 3);
