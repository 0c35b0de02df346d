// Real documents, 1095th development set (tests/real/dev1095): utility tunnels and underground pipe renewal — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1095th development set", path.join(__dirname, "dev1095"), 4,
  { precision: 0.82, recall: 0.88, reviewRecall: 0.88, year: 0.95, kind: 0.73 }, 0);
