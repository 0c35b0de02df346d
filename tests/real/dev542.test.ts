// Real documents, five-hundred-and-forty-second development set (tests/real/dev542): investment-promotion goals of 2021–2022 (德州, 玉屏 in a pinyin-glossed mirror) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-forty-second development set", path.join(__dirname, "dev542"), 2,
  { precision: 0.41, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.78 }, 0);
