// Real documents, hundred-and-sixty-third development set (tests/real/dev163): roundups of provinces' 2023 GDP goals and 2026 budget revenue goals — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-sixty-third development set", path.join(__dirname, "dev163"), 2,
  { precision: 0.86, recall: 0.79, reviewRecall: 0.79, year: 0.98, kind: 0.92 }, 0);
