// Real documents, six-hundred-and-first development set (tests/real/dev601): meteorology goals of 2021–2025 (宁夏's opinions, 福建's measures, 织金's county plan, 河南's strong-province opinions, the national 十四五 plan as 羊城晚报 printed it) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-first development set", path.join(__dirname, "dev601"), 5,
  { precision: 0.95, recall: 0.79, reviewRecall: 0.83, year: 0.9, kind: 0.95 }, 0);
