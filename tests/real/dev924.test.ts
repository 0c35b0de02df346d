// Real documents, nine-hundred-and-twenty-fourth development set (tests/real/dev924): rural drinking water — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-twenty-fourth development set", path.join(__dirname, "dev924"), 5,
  { precision: 0.95, recall: 0.79, reviewRecall: 0.87, year: 0.95, kind: 0.67 }, 2);
