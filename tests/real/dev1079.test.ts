// Real documents, 1079th development set (tests/real/dev1079): silver economy, elderly education and rehabilitation aids — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1079th development set", path.join(__dirname, "dev1079"), 5,
  { precision: 0.8, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
