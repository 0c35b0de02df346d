// Real documents, nine-hundred-and-thirtieth development set (tests/real/dev930): meteorological modernisation — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-thirtieth development set", path.join(__dirname, "dev930"), 4,
  { precision: 0.9, recall: 0.78, reviewRecall: 0.9, year: 0.95, kind: 0.95 }, 2);
