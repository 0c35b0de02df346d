// Real documents, three-hundred-and-eightieth development set (tests/real/dev380): 十四五 special plans for education, culture and tourism, community services, health and eldercare, reported 2021–2022 (深圳, 保定, 甘肃, 广东, 柳州) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-eightieth development set", path.join(__dirname, "dev380"), 5,
  { precision: 0.92, recall: 0.92, reviewRecall: 0.92, year: 0.88, kind: 0.95 }, 1);
