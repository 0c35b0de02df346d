// Real documents, four-hundred-and-twelfth development set (tests/real/dev412): environmental plans of 2018–2024 (成都 carbon peak, 浙江 and 聊城 water, 嵊州 soil) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-twelfth development set", path.join(__dirname, "dev412"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
