// Real documents, nine-hundred-and-twelfth development set (tests/real/dev912): public legal services — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-twelfth development set", path.join(__dirname, "dev912"), 5,
  { precision: 0.81, recall: 0.87, reviewRecall: 0.95, year: 0.71, kind: 0.79 }, 2);
