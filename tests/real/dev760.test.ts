// Real documents, seven-hundred-and-sixtieth development set (tests/real/dev760): specialised-and-sophisticated SME goals of 2019–2025 (咸宁's, 河南's, 安徽's and 山东's cultivation targets, 福建's large-and-small firm integration) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-sixtieth development set", path.join(__dirname, "dev760"), 5,
  { precision: 0.71, recall: 0.9, reviewRecall: 0.9, year: 0.95, kind: 0.82 }, 1);
