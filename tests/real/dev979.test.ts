// Real documents, nine-hundred-and-seventy-ninth development set (tests/real/dev979): rice and rice-fish farming — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-seventy-ninth development set", path.join(__dirname, "dev979"), 4,
  { precision: 0.86, recall: 0.92, reviewRecall: 0.95, year: 0.86, kind: 0.83 }, 1);
