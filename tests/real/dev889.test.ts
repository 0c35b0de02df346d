// Real documents, eight-hundred-and-eighty-ninth development set (tests/real/dev889): pre-hospital emergency care — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-eighty-ninth development set", path.join(__dirname, "dev889"), 5,
  { precision: 0.86, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.88 }, 3);
