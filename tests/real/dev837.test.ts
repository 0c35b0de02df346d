// Real documents, eight-hundred-and-thirty-seventh development set (tests/real/dev837): electronic-information manufacturing goals of 2018–2025 (郑州's action plan, 深圳's UHD video and display cluster, 湖南's new-display chain, 成都's display industry, 遂宁's 十四五) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-thirty-seventh development set", path.join(__dirname, "dev837"), 5,
  { precision: 0.83, recall: 0.91, reviewRecall: 0.91, year: 0.82, kind: 0.9 }, 3);
