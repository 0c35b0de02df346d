// Real documents, five-hundred-and-ninety-seventh development set (tests/real/dev597): central budget goals of 2021 and 2026 (the 2026 budget draft in traditional characters, the 2021 central budget tables) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-ninety-seventh development set", path.join(__dirname, "dev597"), 2,
  { precision: 0.95, recall: 0.62, reviewRecall: 0.62, year: 0.95, kind: 0.68 }, 0);
