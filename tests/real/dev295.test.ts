// Real documents, two-hundred-and-ninety-fifth development set (tests/real/dev295): city livelihood lists and a consumption plan, 2011–2025 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-ninety-fifth development set", path.join(__dirname, "dev295"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 1);
