// Real documents, five-hundred-and-ninety-third development set (tests/real/dev593): river-and-lake chief work points and water-environment goals of 2022–2025 (明光, 沧州's happy rivers, 四川 in a pinyin-glossed mirror, 内蒙古, 广州) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-ninety-third development set", path.join(__dirname, "dev593"), 5,
  { precision: 0.95, recall: 0.91, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
