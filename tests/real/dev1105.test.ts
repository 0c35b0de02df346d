// Real documents, 1105th development set (tests/real/dev1105): seawater desalination and marine equipment — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1105th development set", path.join(__dirname, "dev1105"), 6,
  { precision: 0.95, recall: 0.91, reviewRecall: 0.95, year: 0.87, kind: 0.91 }, 3);
