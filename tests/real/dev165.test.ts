// Real documents, hundred-and-sixty-fifth development set (tests/real/dev165): 2026 pages of 吉林's farm goals and 内蒙古's report — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-sixty-fifth development set", path.join(__dirname, "dev165"), 2,
  { precision: 0.98, recall: 0.98, reviewRecall: 0.98, year: 0.98, kind: 0.98 }, 0);
