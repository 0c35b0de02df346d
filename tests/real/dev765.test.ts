// Real documents, seven-hundred-and-sixty-fifth development set (tests/real/dev765): wind and solar capacity goals of 2016–2021 (浙江's, 江苏's and 四川's 十四五 capacity, 潍坊's and 沈阳's new-energy plans) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-sixty-fifth development set", path.join(__dirname, "dev765"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.88, kind: 0.74 }, 3);
