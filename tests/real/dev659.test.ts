// Real documents, six-hundred-and-fifty-ninth development set (tests/real/dev659): healthy-city goals of 2017–2030 (沅江's life-expectancy table with bars closing its cells, 健康甘肃2030, 昌宁's patriotic health in a pinyin-glossed mirror, 秀英's health literacy) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-fifty-ninth development set", path.join(__dirname, "dev659"), 4,
  { precision: 0.95, recall: 0.83, reviewRecall: 0.83, year: 0.88, kind: 0.95 }, 1);
