// Real documents, 1127th development set (tests/real/dev1127): agricultural product quality, traceability and green food — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1127th development set", path.join(__dirname, "dev1127"), 5,
  { precision: 0.91, recall: 0.56, reviewRecall: 0.6, year: 0.95, kind: 0.91 }, 4);
