// Real documents, nine-hundred-and-seventh development set (tests/real/dev907): flowers and nursery stock — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-seventh development set", path.join(__dirname, "dev907"), 5,
  { precision: 0.92, recall: 0.92, reviewRecall: 0.92, year: 0.77, kind: 0.9 }, 3);
