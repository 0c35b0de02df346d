// Real documents, eight-hundred-and-seventh development set (tests/real/dev807): rural drinking-water goals of 2016–2024 (陕西's 十三五 consolidation, 宁夏's rural water supply, 湖北's upgrade, 寿宁's urban-rural integration, 广东's centralised supply) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-seventh development set", path.join(__dirname, "dev807"), 5,
  { precision: 0.82, recall: 0.85, reviewRecall: 0.9, year: 0.7, kind: 0.9 }, 2);
