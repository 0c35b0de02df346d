// Real documents, five-hundred-and-forty-third development set (tests/real/dev543): elder-care and civil-affairs 十四五 goals of 2021–2023 (湖北, 广东, 江西, 上海) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-forty-third development set", path.join(__dirname, "dev543"), 5,
  { precision: 0.87, recall: 0.91, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
