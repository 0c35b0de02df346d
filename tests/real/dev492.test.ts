// Real documents, four-hundred-and-ninety-second development set (tests/real/dev492): county and district livelihood-project news of 2015–2022 (龙岗, 张家川 in a pinyin-glossed mirror, 始兴) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-ninety-second development set", path.join(__dirname, "dev492"), 3,
  { precision: 0.88, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
