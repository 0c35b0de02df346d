// Real documents, nine-hundred-and-ninety-seventh development set (tests/real/dev997): bridges — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-ninety-seventh development set", path.join(__dirname, "dev997"), 5,
  { precision: 0.95, recall: 0.89, reviewRecall: 0.95, year: 0.6, kind: 0.95 }, 0);
