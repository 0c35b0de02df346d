// Real documents, nine-hundred-and-fifty-fourth development set (tests/real/dev954): power grid construction — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-fifty-fourth development set", path.join(__dirname, "dev954"), 4,
  { precision: 0.95, recall: 0.84, reviewRecall: 0.87, year: 0.8, kind: 0.86 }, 3);
