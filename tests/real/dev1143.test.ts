// Real documents, 1143rd development set (tests/real/dev1143): scenic areas, resorts and all-for-one tourism — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1143rd development set", path.join(__dirname, "dev1143"), 5,
  { precision: 0.81, recall: 0.89, reviewRecall: 0.89, year: 0.95, kind: 0.79 }, 2);
