// Real documents, eight-hundred-and-forty-sixth development set (tests/real/dev846): forest-wellness goals of 2018–2022 (河南's wellness bases, 浙江's plan to 2025, 广西's 十四五, 四川's bases to 2020) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-forty-sixth development set", path.join(__dirname, "dev846"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.66 }, 2);
