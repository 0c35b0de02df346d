// Real documents, 1117th development set (tests/real/dev1117): lasers, optical fibre and sensors: industry cluster plans — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1117th development set", path.join(__dirname, "dev1117"), 6,
  { precision: 0.88, recall: 0.95, reviewRecall: 0.95, year: 0.83, kind: 0.95 }, 4);
