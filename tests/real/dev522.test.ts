// Real documents, five-hundred-and-twenty-second development set (tests/real/dev522): 上海's 2020 report goal and its 2023 manufacturing plan in a pinyin-glossed mirror — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-twenty-second development set", path.join(__dirname, "dev522"), 2,
  { precision: 0.45, recall: 0.95, reviewRecall: 0.95, year: 0.45, kind: 0.95 }, 1);
