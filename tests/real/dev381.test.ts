// Real documents, three-hundred-and-eighty-first development set (tests/real/dev381): prefecture cities' livelihood lists of 2022–2023 (石家庄, 大同, 平凉) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-eighty-first development set", path.join(__dirname, "dev381"), 3,
  { precision: 0.92, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
