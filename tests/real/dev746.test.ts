// Real documents, seven-hundred-and-forty-sixth development set (tests/real/dev746): irrigation-district goals of 2017–2023 (the national major districts and water-saving irrigation, 内蒙古, 辽宁's district renovation) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-forty-sixth development set", path.join(__dirname, "dev746"), 4,
  { precision: 0.88, recall: 0.88, reviewRecall: 0.91, year: 0.84, kind: 0.88 }, 1);
