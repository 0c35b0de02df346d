// Real documents, two-hundred-and-twenty-third development set (tests/real/dev223): Guangzhou's carbon-peak opinion, three provinces' No. 1 documents on grain, Jiuquan's agriculture goals and Suzhou's farm-modernisation plan, 2016–2023 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-twenty-third development set", path.join(__dirname, "dev223"), 4,
  { precision: 0.85, recall: 0.95, reviewRecall: 0.95, year: 0.7, kind: 0.95 }, 1);
