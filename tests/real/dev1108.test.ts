// Real documents, 1108th development set (tests/real/dev1108): advertising and industrial design — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1108th development set", path.join(__dirname, "dev1108"), 6,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.74, kind: 0.8 }, 2);
