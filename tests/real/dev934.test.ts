// Real documents, nine-hundred-and-thirty-fourth development set (tests/real/dev934): biomass energy and biogas — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-thirty-fourth development set", path.join(__dirname, "dev934"), 5,
  { precision: 0.91, recall: 0.84, reviewRecall: 0.91, year: 0.95, kind: 0.95 }, 4);
