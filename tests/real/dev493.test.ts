// Real documents, four-hundred-and-ninety-third development set (tests/real/dev493): departments' work meetings of 2008–2026 (西藏 and 黑龙江 commerce, 湖南 highways, 广东 education, 苏州 human resources) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-ninety-third development set", path.join(__dirname, "dev493"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.89 }, 2);
