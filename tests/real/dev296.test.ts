// Real documents, two-hundred-and-ninety-sixth development set (tests/real/dev296): county, town and street plans of the year and city livelihood lists, 2010–2024 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-ninety-sixth development set", path.join(__dirname, "dev296"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 1);
