// Real documents, six-hundred-and-forty-sixth development set (tests/real/dev646): water-network and rural water-supply goals of 2023–2027 (山西's water network, 贵州's reservoirs, 烟台 in a pinyin-glossed mirror, 四川's pilot, 郑州's rural supply) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-forty-sixth development set", path.join(__dirname, "dev646"), 5,
  { precision: 0.72, recall: 0.91, reviewRecall: 0.91, year: 0.95, kind: 0.91 }, 4);
