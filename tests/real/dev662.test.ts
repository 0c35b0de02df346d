// Real documents, six-hundred-and-sixty-second development set (tests/real/dev662): marine-economy goals of 2017–2030 (山东's and 广东's 十三五 marine plans, 广西's and 江苏's marine-industry plans, 福州's three-year plan in traditional characters) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-sixty-second development set", path.join(__dirname, "dev662"), 5,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 5);
