// Real documents, 1037th development set (tests/real/dev1037): local chronicles — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1037th development set", path.join(__dirname, "dev1037"), 4,
  { precision: 0.28, recall: 0.2, reviewRecall: 0.2, year: 0.95, kind: 0.95 }, 1);
