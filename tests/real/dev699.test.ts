// Real documents, six-hundred-and-ninety-ninth development set (tests/real/dev699): farmers-market upgrade goals of 2019–2027 (宁波's three-year plan, 温州's star markets in a mirror, 瑞金's smart markets, an unnamed city's report) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-ninety-ninth development set", path.join(__dirname, "dev699"), 4,
  { precision: 0.95, recall: 0.8, reviewRecall: 0.8, year: 0.78, kind: 0.72 }, 1);
