// Real documents, 1051st development set (tests/real/dev1051): ducks and geese — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, 1051st development set", path.join(__dirname, "dev1051"), 5,
  { precision: 0.83, recall: 0.74, reviewRecall: 0.77, year: 0.16, kind: 0.77 }, 4);
