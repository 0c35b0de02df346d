// Real documents, seven-hundred-and-thirty-first development set (tests/real/dev731): airport and civil-aviation goals of 2016–2020 (general aviation, the national airport layout, 民航's 2018 indicators, 白云, 安徽) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

// (year 0.87, kind 0.73: the layout counts with a grade, 布局65个A2级及以上通用机场, found since round 58 after the set was
// installed, are dated and kinded otherwise than the labeller read them)
realSetSuite("real documents, seven-hundred-and-thirty-first development set", path.join(__dirname, "dev731"), 5,
  { precision: 0.95, recall: 0.87, reviewRecall: 0.95, year: 0.87, kind: 0.73 }, 2);
