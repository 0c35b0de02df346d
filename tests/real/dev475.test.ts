// Real documents, four-hundred-and-seventy-fifth development set (tests/real/dev475): a city's 2026 investment-promotion goals (庆阳) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-seventy-fifth development set", path.join(__dirname, "dev475"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
