// Real documents, 1133rd development set (tests/real/dev1133): straw, livestock manure and saline-alkali land — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1133rd development set", path.join(__dirname, "dev1133"), 5,
  { precision: 0.74, recall: 0.95, reviewRecall: 0.95, year: 0.73, kind: 0.89 }, 3);
