// Real documents, three-hundred-and-eighty-third development set (tests/real/dev383): prefecture cities' work-report figures of 2020–2022 (淄博, 郑州, 宜春) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-eighty-third development set", path.join(__dirname, "dev383"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
