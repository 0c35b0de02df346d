// Real documents, seven-hundred-and-sixteenth development set (tests/real/dev716): fruit-industry goals of 2016–2024 (宜昌's and 陕西's kiwifruit, 广西's fruit plan, 云南's 十四五 fruit) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-sixteenth development set", path.join(__dirname, "dev716"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.87, kind: 0.95 }, 4);
