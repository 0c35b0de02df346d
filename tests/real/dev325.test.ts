// Real documents, three-hundred-and-twenty-fifth development set (tests/real/dev325): provincial departments' and key-project plans of 2015–2021 (山东, 贵州, 山西, 陕西; four characters mended to the page) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-twenty-fifth development set", path.join(__dirname, "dev325"), 5,
  { precision: 0.78, recall: 0.7, reviewRecall: 0.7, year: 0.95, kind: 0.23 }, 1);
