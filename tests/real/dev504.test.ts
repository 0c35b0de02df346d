// Real documents, five-hundred-and-fourth development set (tests/real/dev504): education goals of 2019–2022 (平和's 十四五 plan, 湛江's school places, 青岛's kindergartens in a pinyin-glossed mirror, 福田's education meeting) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-fourth development set", path.join(__dirname, "dev504"), 4,
  { precision: 0.78, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
