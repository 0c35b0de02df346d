// Real documents, six-hundred-and-thirteenth development set (tests/real/dev613): rural-tourism goals of 2021–2027 (宁夏's and 吉林's opinions, 安徽's leisure-village plan in a pinyin-glossed mirror, 广西's tasks in traditional characters) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-thirteenth development set", path.join(__dirname, "dev613"), 4,
  { precision: 0.92, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.89 }, 1);
