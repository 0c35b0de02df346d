// Real documents, four-hundred-and-nineteenth development set (tests/real/dev419): transport plans of 2015–2023 (甘肃, 湖北, 广西, 成都 rail, 菏泽) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-nineteenth development set", path.join(__dirname, "dev419"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.91, kind: 0.95 }, 1);
