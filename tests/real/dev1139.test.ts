// Real documents, 1139th development set (tests/real/dev1139): intangible cultural heritage: workshops and showrooms — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1139th development set", path.join(__dirname, "dev1139"), 3,
  { precision: 0.65, recall: 0.82, reviewRecall: 0.82, year: 0.95, kind: 0.8 }, 1);
