// Real documents, seven-hundred-and-seventy-first development set (tests/real/dev771): drainage and rain-sewage separation goals of 2017–2018 (深圳's sewer network, 武汉's drainage and waterlogging projects) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-seventy-first development set", path.join(__dirname, "dev771"), 2,
  { precision: 0.45, recall: 0.09, reviewRecall: 0.66, year: 0, kind: 0.95 }, 0);
