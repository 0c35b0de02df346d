// Real documents, hundred-and-forty-fourth development set (tests/real/dev144): 上海 documents of 2016–2022 (a district's 2018 report goals, 十三五 district outlines, the 2020–2022 旧改 plan, the 2022 eldercare and childcare plan, a district's 2020 tasks, the 十四五 new-city public services plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-forty-fourth development set", path.join(__dirname, "dev144"), 7,
  { precision: 0.85, recall: 0.91, reviewRecall: 0.91, year: 0.88, kind: 0.99 }, 3);
