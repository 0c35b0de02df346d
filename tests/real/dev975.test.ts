// Real documents, nine-hundred-and-seventy-fifth development set (tests/real/dev975): green mines — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-seventy-fifth development set", path.join(__dirname, "dev975"), 5,
  { precision: 0.81, recall: 0.85, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
