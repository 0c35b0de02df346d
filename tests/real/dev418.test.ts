// Real documents, four-hundred-and-eighteenth development set (tests/real/dev418): tourism and sports targets of 2015–2023 (泸州, 泰安, 青岛, 文山) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-eighteenth development set", path.join(__dirname, "dev418"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
