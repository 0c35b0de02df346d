// Real documents, seven-hundred-and-fifty-second development set (tests/real/dev752): meteorological modernisation goals of 2015–2025 (湖北's high-quality development, 哈尔滨's and 衡阳's modernisation by 2020, 丹徒's 十四五, 山西's weather modification) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-fifty-second development set", path.join(__dirname, "dev752"), 5,
  { precision: 0.95, recall: 0.7, reviewRecall: 0.7, year: 0.71, kind: 0.95 }, 2);
