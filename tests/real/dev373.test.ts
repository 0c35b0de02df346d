// Real documents, three-hundred-and-seventy-third development set (tests/real/dev373): provincial goals for 2025 in tourism and the ice-and-snow economy as the press reported them (湖南, 吉林) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-seventy-third development set", path.join(__dirname, "dev373"), 2,
  { precision: 0.79, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
