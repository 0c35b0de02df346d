// Real documents, three-hundred-and-seventeenth development set (tests/real/dev317): provincial and county goals for county economies and rural industry (云南 2019 and 2025, 吉木萨尔 2015, 黑龙江 2012) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-seventeenth development set", path.join(__dirname, "dev317"), 4,
  { precision: 0.85, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.91 }, 0);
