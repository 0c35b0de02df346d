// Real documents, five-hundred-and-sixty-second development set (tests/real/dev562): water-conservancy goals of 2021–2024 (南宁 in a pinyin-glossed mirror, 四川 rural water, 庆元 drinking water, 沧州 projects, 陕西's water-work meeting) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-sixty-second development set", path.join(__dirname, "dev562"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.92, kind: 0.92 }, 2);
