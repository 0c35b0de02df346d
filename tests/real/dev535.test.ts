// Real documents, five-hundred-and-thirty-fifth development set (tests/real/dev535): health and traditional-medicine 十四五 goals of 2021–2023 (浙江, 重庆, 青岛, 烟台) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-thirty-fifth development set", path.join(__dirname, "dev535"), 4,
  { precision: 0.92, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.92 }, 1);
