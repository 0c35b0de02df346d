// Real documents, 1109th development set (tests/real/dev1109): animal epidemic prevention: compulsory immunisation campaigns and veterinary plans — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1109th development set", path.join(__dirname, "dev1109"), 6,
  { precision: 0.95, recall: 0.86, reviewRecall: 0.86, year: 0.72, kind: 0.95 }, 2);
