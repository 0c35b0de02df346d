// Real documents, two-hundred-and-thirty-second development set (tests/real/dev232): goals of Diqing, Xilingol League and Xinjiang — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-thirty-second development set", path.join(__dirname, "dev232"), 4,
  { precision: 0.85, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
