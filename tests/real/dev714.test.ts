// Real documents, seven-hundred-and-fourteenth development set (tests/real/dev714): rural-tourism goals of 2018–2023 (安徽's quality plan, 甘肃's opinions, 贵州's homestays, 四川's upgrade plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-fourteenth development set", path.join(__dirname, "dev714"), 4,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.95, year: 0.95, kind: 0.69 }, 2);
