// Real documents, seven-hundred-and-fourth development set (tests/real/dev704): agricultural mechanisation goals of 2019–2027 (安徽's 十四五 plan in a pinyin-glossed mirror, 莱芜's full-process mechanisation, 重庆's farm-machinery industry) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-fourth development set", path.join(__dirname, "dev704"), 3,
  { precision: 0.95, recall: 0.85, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 3);
