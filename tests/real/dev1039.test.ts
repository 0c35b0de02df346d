// Real documents, 1039th development set (tests/real/dev1039): trade union services — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1039th development set", path.join(__dirname, "dev1039"), 5,
  { precision: 0.81, recall: 0.9, reviewRecall: 0.92, year: 0.95, kind: 0.88 }, 0);
