// Real documents, four-hundred-and-twenty-first development set (tests/real/dev421): prefecture cities' work reports of 2015–2019 (菏泽's key tasks, 郑州's goals) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-twenty-first development set", path.join(__dirname, "dev421"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
