// Real documents, nine-hundred-and-seventy-seventh development set (tests/real/dev977): reserve forests and forest chiefs — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-seventy-seventh development set", path.join(__dirname, "dev977"), 5,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 1);
