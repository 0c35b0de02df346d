// Real documents, 1118th development set (tests/real/dev1118): geological hazards: surveys, relocation, engineering treatment and monitoring — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1118th development set", path.join(__dirname, "dev1118"), 6,
  { precision: 0.75, recall: 0.75, reviewRecall: 0.75, year: 0.95, kind: 0.85 }, 2);
