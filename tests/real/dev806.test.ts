// Real documents, eight-hundred-and-sixth development set (tests/real/dev806): traditional-village and historic-town goals of 2016–2022 (合肥's historic buildings, 重庆's traditional villages, 贵州's four full coverages, the national historic districts plan, 浙江's historic villages) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-sixth development set", path.join(__dirname, "dev806"), 5,
  { precision: 0.95, recall: 0.78, reviewRecall: 0.86, year: 0.95, kind: 0.65 }, 2);
