// Real documents, eight-hundred-and-twenty-fifth development set (tests/real/dev825): returning-migrant entrepreneurship goals of 2020–2026 (安徽's 创业江淮 plan, 山东's 创业齐鲁 plan, the national opinion on returnee parks, 宜昌's task list) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-twenty-fifth development set", path.join(__dirname, "dev825"), 4,
  { precision: 0.95, recall: 0.9, reviewRecall: 0.9, year: 0.85, kind: 0.9 }, 3);
