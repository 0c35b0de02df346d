// Real documents, hundred-and-sixtieth development set (tests/real/dev160): northern county and district pages of 2024 (延津's farming tasks, 南郑's 实事) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-sixtieth development set", path.join(__dirname, "dev160"), 2,
  { precision: 0.95, recall: 0.98, reviewRecall: 0.98, year: 0.98, kind: 0.95 }, 0);
