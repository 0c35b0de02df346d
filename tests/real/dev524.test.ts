// Real documents, five-hundred-and-twenty-fourth development set (tests/real/dev524): a town's and a street's yearly project goals of 2023–2024 (永和, 梅岭) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

// (kind 0.55: the page's year of planned investment, 年度计划投资76.1亿元, is found since round 58 and read as an amount of the
// period, as 115 of the 139 such labels in the sets have it; this set's labeller wrote it as a level)
realSetSuite("real documents, five-hundred-and-twenty-fourth development set", path.join(__dirname, "dev524"), 2,
  { precision: 0.31, recall: 0.75, reviewRecall: 0.75, year: 0.95, kind: 0.55 }, 0);
