// Real documents, five-hundred-and-forty-fourth development set (tests/real/dev544): city energy and energy-saving 十三五 goals of 2016–2017 (上海, 泸州, 天津 in a pinyin-glossed mirror, 北京) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-forty-fourth development set", path.join(__dirname, "dev544"), 4,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.87 }, 2);
