// Real documents, seven-hundred-and-twenty-fourth development set (tests/real/dev724): museum and heritage goals of 2017–2023 (山东's and 北京's museums, the national 十三五 and 十四五 relics plans, 江苏's workshops) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-twenty-fourth development set", path.join(__dirname, "dev724"), 5,
  { precision: 0.89, recall: 0.89, reviewRecall: 0.89, year: 0.65, kind: 0.83 }, 2);
