// Real documents, five-hundred-and-fifty-seventh development set (tests/real/dev557): water-supply, sewage and toilet goals of 2019–2023 (陇南, 上虞, 常宁, 南京 in a pinyin-glossed mirror, 获嘉) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-fifty-seventh development set", path.join(__dirname, "dev557"), 5,
  { precision: 0.75, recall: 0.75, reviewRecall: 0.81, year: 0.95, kind: 0.95 }, 1);
