// Real documents, six-hundred-and-eighty-first development set (tests/real/dev681): exhibition and convention goals of 2015–2025 (德州's draft plan, 四川's 十三五, 昆明's 2016–2020 plan, 海南's and 郑州's plans) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-eighty-first development set", path.join(__dirname, "dev681"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.83 }, 2);
