// Real documents, five-hundred-and-thirty-seventh development set (tests/real/dev537): transport 十四五 goals of 2020–2022 (山东, 陕西, 汕尾, 宜宾, 甘孜), two in pinyin-glossed mirrors — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-thirty-seventh development set", path.join(__dirname, "dev537"), 5,
  { precision: 0.95, recall: 0.91, reviewRecall: 0.95, year: 0.95, kind: 0.87 }, 1);
