// Real documents, seven-hundred-and-forty-seventh development set (tests/real/dev747): new-materials industry goals of 2016–2022 (山西's revenue, 山东's plan, 泉州's roadmap and 十四五 plan, 安徽's plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-forty-seventh development set", path.join(__dirname, "dev747"), 5,
  { precision: 0.85, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
