// Real documents, seven-hundred-and-third development set (tests/real/dev703): sponge-city goals of 2016–2020 (an unnamed 山东 city, 金华 and 衢州 in pinyin-glossed mirrors) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-third development set", path.join(__dirname, "dev703"), 3,
  { precision: 0.95, recall: 0.8, reviewRecall: 0.95, year: 0.78, kind: 0.95 }, 2);
