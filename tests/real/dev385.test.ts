// Real documents, three-hundred-and-eighty-fifth development set (tests/real/dev385): provincial 十二五 plans for forestry and water and a tourism action plan, reported 2011–2013 (山西, 江西, 甘肃, 广西) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-eighty-fifth development set", path.join(__dirname, "dev385"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.89 }, 3);
