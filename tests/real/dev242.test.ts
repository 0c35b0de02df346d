// Real documents, two-hundred-and-forty-second development set (tests/real/dev242): Tibet's 2026 ecology and energy goals, Fujian's 15th-plan goals, Jiangxi manufacturing, Shandong's 13th-plan outline and Inner Mongolia's new energy — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-forty-second development set", path.join(__dirname, "dev242"), 5,
  { precision: 0.9, recall: 0.85, reviewRecall: 0.9, year: 0.8, kind: 0.75 }, 1);
