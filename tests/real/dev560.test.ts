// Real documents, five-hundred-and-sixtieth development set (tests/real/dev560): county poverty-alleviation and rural-revitalisation fund plans of 2019–2022 (大英's town allocation, 郏县 and 延津 linkage-fund plans) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-sixtieth development set", path.join(__dirname, "dev560"), 3,
  { precision: 0.91, recall: 0.91, reviewRecall: 0.95, year: 0.95, kind: 0.46 }, 0);
