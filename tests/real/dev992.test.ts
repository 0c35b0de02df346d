// Real documents, nine-hundred-and-ninety-second development set (tests/real/dev992): hot springs and wellness tourism — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, nine-hundred-and-ninety-second development set", path.join(__dirname, "dev992"), 5,
  { precision: 0.92, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.79 }, 0);
