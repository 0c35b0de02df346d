// Real documents, four-hundred-and-second development set (tests/real/dev402): yearly plan targets and department goals of 2011–2016 (成都, 浙江, a city's education work points, 菏泽 jobs, 邳州 forestry) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-second development set", path.join(__dirname, "dev402"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
