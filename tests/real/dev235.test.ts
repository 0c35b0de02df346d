// Real documents, two-hundred-and-thirty-fifth development set (tests/real/dev235): old-community renovation plans of Ganzhou, Shucheng, Shandong, Guangzhou and a national roundup — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-thirty-fifth development set", path.join(__dirname, "dev235"), 5,
  { precision: 0.7, recall: 0.8, reviewRecall: 0.85, year: 0.95, kind: 0.75 }, 0);
