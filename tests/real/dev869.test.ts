// Real documents, eight-hundred-and-sixty-ninth development set (tests/real/dev869): electric-bicycle charging — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-sixty-ninth development set", path.join(__dirname, "dev869"), 4,
  { precision: 0.39, recall: 0.83, reviewRecall: 0.83, year: 0.95, kind: 0.82 }, 2);
