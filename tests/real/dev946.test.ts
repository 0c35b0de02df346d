// Real documents, nine-hundred-and-forty-sixth development set (tests/real/dev946): beef cattle and mutton sheep — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-forty-sixth development set", path.join(__dirname, "dev946"), 4,
  { precision: 0.87, recall: 0.89, reviewRecall: 0.89, year: 0.95, kind: 0.95 }, 1);
