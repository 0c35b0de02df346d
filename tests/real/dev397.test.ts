// Real documents, three-hundred-and-ninety-seventh development set (tests/real/dev397): 上海's bureaus, a district's task table and a town's work meeting, 2019–2026 (绿化市容, 水务, 闵行, 华漕) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-ninety-seventh development set", path.join(__dirname, "dev397"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.9, kind: 0.95 }, 2);
