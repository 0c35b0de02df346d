// Real documents, four-hundred-and-eleventh development set (tests/real/dev411): social-sector plans of 2015–2022 (山东 preschool, 襄阳 school places, 广西 housing, 安徽 health) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-eleventh development set", path.join(__dirname, "dev411"), 4,
  { precision: 0.81, recall: 0.87, reviewRecall: 0.91, year: 0.95, kind: 0.95 }, 2);
