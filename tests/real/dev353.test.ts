// Real documents, three-hundred-and-fifty-third development set (tests/real/dev353): 上海's 十二五 goals, 2012 livelihood list, education building plan and greening goals (2011–2012) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-fifty-third development set", path.join(__dirname, "dev353"), 4,
  { precision: 0.86, recall: 0.86, reviewRecall: 0.86, year: 0.95, kind: 0.85 }, 1);
