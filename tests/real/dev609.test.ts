// Real documents, six-hundred-and-ninth development set (tests/real/dev609): food-processing and prepared-dish goals of 2022–2027 (山东's prepared-dish opinions in a pinyin-glossed mirror, 泉州's food plan, 广东's food-manufacturing opinions, 潍坊's three-year plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-ninth development set", path.join(__dirname, "dev609"), 4,
  { precision: 0.89, recall: 0.89, reviewRecall: 0.89, year: 0.95, kind: 0.88 }, 2);
