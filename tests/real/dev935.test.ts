// Real documents, nine-hundred-and-thirty-fifth development set (tests/real/dev935): county high schools — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-thirty-fifth development set", path.join(__dirname, "dev935"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.72, kind: 0.78 }, 3);
