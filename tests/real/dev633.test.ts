// Real documents, six-hundred-and-thirty-third development set (tests/real/dev633): forestry and under-forest economy goals of 2022–2028 (云南's under-forest economy, 四川's bamboo plan in a pinyin-glossed mirror, 江西's camellia oil, 湖南's bamboo action, 三明's forestry reform) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-thirty-third development set", path.join(__dirname, "dev633"), 5,
  { precision: 0.92, recall: 0.95, reviewRecall: 0.95, year: 0.8, kind: 0.86 }, 3);
