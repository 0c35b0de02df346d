// Real documents, four-hundred-and-sixty-seventh development set (tests/real/dev467): 2026 livelihood lists of two 湖北 cities (黄石, 咸宁), one in a pinyin-glossed mirror — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-sixty-seventh development set", path.join(__dirname, "dev467"), 2,
  { precision: 0.91, recall: 0.91, reviewRecall: 0.95, year: 0.9, kind: 0.86 }, 0);
