// Real documents, two-hundred-and-thirty-third development set (tests/real/dev233): 14th-plan goals of Zhangjiagang industry, Shenzhen's districts and Fengrun's projects — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-thirty-third development set", path.join(__dirname, "dev233"), 3,
  { precision: 0.95, recall: 0.85, reviewRecall: 0.95, year: 0.95, kind: 0.75 }, 3);
