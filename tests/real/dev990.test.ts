// Real documents, nine-hundred-and-ninetieth development set (tests/real/dev990): railways — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-ninetieth development set", path.join(__dirname, "dev990"), 5,
  { precision: 0.92, recall: 0.82, reviewRecall: 0.87, year: 0.95, kind: 0.83 }, 1);
