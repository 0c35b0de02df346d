// Real documents, nine-hundred-and-fiftieth development set (tests/real/dev950): ageing gas pipelines — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-fiftieth development set", path.join(__dirname, "dev950"), 3,
  { precision: 0.9, recall: 0.86, reviewRecall: 0.9, year: 0.95, kind: 0.95 }, 0);
