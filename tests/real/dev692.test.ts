// Real documents, six-hundred-and-ninety-second development set (tests/real/dev692): fertiliser and pesticide reduction goals of 2018–2022 (河南's zero growth, 河北's pest control in a traditional-character mirror, 海南's reduction plan, 安徽's demonstration counties) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-ninety-second development set", path.join(__dirname, "dev692"), 4,
  { precision: 0.92, recall: 0.92, reviewRecall: 0.95, year: 0.95, kind: 0.75 }, 3);
