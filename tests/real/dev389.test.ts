// Real documents, three-hundred-and-eighty-ninth development set (tests/real/dev389): provincial livelihood lists of 2015–2018 (河北, 湖南's mid-year progress, 重庆) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-eighty-ninth development set", path.join(__dirname, "dev389"), 3,
  { precision: 0.88, recall: 0.72, reviewRecall: 0.77, year: 0.95, kind: 0.91 }, 0);
