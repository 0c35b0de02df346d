// Real documents, five-hundred-and-fifty-first development set (tests/real/dev551): city budget-draft goals of 2022–2023 (深圳, 珠海, 广州 in two papers) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-fifty-first development set", path.join(__dirname, "dev551"), 4,
  { precision: 0.81, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
