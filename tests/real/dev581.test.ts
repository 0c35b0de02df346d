// Real documents, five-hundred-and-eighty-first development set (tests/real/dev581): development-zone goals of 2021–2024 (嘉峪关 in a pinyin-glossed mirror, 泉州's park standardisation plan, 北京 and 合肥 economic-technological zones' 十四五 goals) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-eighty-first development set", path.join(__dirname, "dev581"), 4,
  { precision: 0.91, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.76 }, 1);
