// Real documents, five-hundred-and-eighty-ninth development set (tests/real/dev589): low-altitude economy goals of 2024–2027 (深圳, 武汉, 台州, 广东, 黑龙江) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-eighty-ninth development set", path.join(__dirname, "dev589"), 5,
  { precision: 0.95, recall: 0.84, reviewRecall: 0.87, year: 0.95, kind: 0.91 }, 2);
