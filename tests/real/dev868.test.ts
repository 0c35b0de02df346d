// Real documents, eight-hundred-and-sixty-eighth development set (tests/real/dev868): rural craftsmen and rural talent — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-sixty-eighth development set", path.join(__dirname, "dev868"), 4,
  { precision: 0.86, recall: 0.86, reviewRecall: 0.86, year: 0.81, kind: 0.9 }, 1);
