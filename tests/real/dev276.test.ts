// Real documents, two-hundred-and-seventy-sixth development set (tests/real/dev276): 15th five-year-plan goals announced in 2026 (State Grid, Guizhou, Shenzhen, Hunan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-seventy-sixth development set", path.join(__dirname, "dev276"), 4,
  { precision: 0.75, recall: 0.87, reviewRecall: 0.87, year: 0.95, kind: 0.86 }, 4);
