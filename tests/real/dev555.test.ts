// Real documents, five-hundred-and-fifty-fifth development set (tests/real/dev555): agriculture and rural 十四五 goals of 2021–2022 (浙江, 湖北, 宿州 in a pinyin-glossed mirror, 北京) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-fifty-fifth development set", path.join(__dirname, "dev555"), 4,
  { precision: 0.89, recall: 0.89, reviewRecall: 0.89, year: 0.95, kind: 0.92 }, 2);
