// Real documents, seven-hundred-and-seventh development set (tests/real/dev707): fire-safety goals of 2016–2022 (泰安's stations and hydrants, 福清's station plan, 绍兴's upgrade project, 南平's old estates) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

// (year 0.57, kind 0.7: 龙田镇、渔溪镇、镜洋镇各一座, found since the set was installed, are read as levels dated by the page
// where the labeller has amounts added with no year)
realSetSuite("real documents, seven-hundred-and-seventh development set", path.join(__dirname, "dev707"), 4,
  { precision: 0.91, recall: 0.82, reviewRecall: 0.85, year: 0.57, kind: 0.7 }, 1);
