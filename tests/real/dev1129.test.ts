// Real documents, 1129th development set (tests/real/dev1129): agricultural mechanisation — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1129th development set", path.join(__dirname, "dev1129"), 6,
  { precision: 0.83, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.91 }, 0);
