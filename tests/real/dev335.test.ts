// Real documents, three-hundred-and-thirty-fifth development set (tests/real/dev335): 上海 districts', towns' and streets' work targets and livelihood lists of 2016–2020 (长宁, 静安寺, 浦东, 真如, 金泽) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-thirty-fifth development set", path.join(__dirname, "dev335"), 5,
  { precision: 0.95, recall: 0.71, reviewRecall: 0.87, year: 0.95, kind: 0.85 }, 2);
