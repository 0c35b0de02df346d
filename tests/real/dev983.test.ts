// Real documents, nine-hundred-and-eighty-third development set (tests/real/dev983): poultry — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-eighty-third development set", path.join(__dirname, "dev983"), 5,
  { precision: 0.74, recall: 0.82, reviewRecall: 0.91, year: 0.8, kind: 0.87 }, 1);
