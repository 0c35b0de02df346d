// Real documents, 1148th development set (tests/real/dev1148): vocational skills training — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1148th development set", path.join(__dirname, "dev1148"), 4,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.85 }, 0);
