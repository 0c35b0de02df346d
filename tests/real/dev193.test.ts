// Real documents, hundred-and-ninety-third development set (tests/real/dev193): a district's 2026 urban goals and a district's 2018 livelihood projects — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-ninety-third development set", path.join(__dirname, "dev193"), 2,
  { precision: 0.9, recall: 0.9, reviewRecall: 0.9, year: 0.95, kind: 0.85 }, 1);
