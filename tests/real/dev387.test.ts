// Real documents, three-hundred-and-eighty-seventh development set (tests/real/dev387): districts' work-report goals of 2019–2023 (深圳 罗湖, 成都 新都, 西安 灞桥; one text mended to the page) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-eighty-seventh development set", path.join(__dirname, "dev387"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
