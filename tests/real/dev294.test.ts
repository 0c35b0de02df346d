// Real documents, two-hundred-and-ninety-fourth development set (tests/real/dev294): city livelihood lists and consumption plans, 2010–2025 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-ninety-fourth development set", path.join(__dirname, "dev294"), 5,
  { precision: 0.92, recall: 0.95, reviewRecall: 0.95, year: 0.92, kind: 0.92 }, 2);
