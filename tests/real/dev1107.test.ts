// Real documents, 1107th development set (tests/real/dev1107): ethnic minority villages — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1107th development set", path.join(__dirname, "dev1107"), 6,
  { precision: 0.92, recall: 0.85, reviewRecall: 0.85, year: 0.92, kind: 0.95 }, 4);
