// Real documents, five-hundred-and-fourteenth development set (tests/real/dev514): forestry goals of 2019–2024 (邢台, 亳州, 扬中's forest chiefs, 北京's greening meeting in a pinyin-glossed mirror, 长治) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-fourteenth development set", path.join(__dirname, "dev514"), 5,
  { precision: 0.95, recall: 0.87, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
