// Real documents, eight-hundred-and-eighty-first development set (tests/real/dev881): grain storage — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-eighty-first development set", path.join(__dirname, "dev881"), 4,
  { precision: 0.58, recall: 0.72, reviewRecall: 0.83, year: 0.37, kind: 0.95 }, 3);
