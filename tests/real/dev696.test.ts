// Real documents, six-hundred-and-ninety-sixth development set (tests/real/dev696): construction-waste recycling goals of 2020–2027 (湖南's recycling bases by city, 宁夏's utilisation rates in a pinyin-glossed mirror) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-ninety-sixth development set", path.join(__dirname, "dev696"), 2,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
