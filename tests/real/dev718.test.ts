// Real documents, seven-hundred-and-eighteenth development set (tests/real/dev718): river-chief and happy-river goals of 2017–2025 (黑龙江, 唐山, 浙江's mother rivers, 四川, 莱芜's water-function zones) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-eighteenth development set", path.join(__dirname, "dev718"), 5,
  { precision: 0.91, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.83 }, 2);
