// Real documents, seven-hundred-and-sixty-third development set (tests/real/dev763): computing-power and data-centre goals of 2021–2024 (庆阳's cluster, 武汉's action plan, 河南's computing plan, 山西's new infrastructure, 宁夏's hub) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-sixty-third development set", path.join(__dirname, "dev763"), 5,
  { precision: 0.77, recall: 0.91, reviewRecall: 0.91, year: 0.86, kind: 0.86 }, 4);
