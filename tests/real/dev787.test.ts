// Real documents, seven-hundred-and-eighty-seventh development set (tests/real/dev787): state-owned enterprise goals of 2017–2023 (辽宁's and 四川's assets, revenue and profit, 广州's listed firms) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-eighty-seventh development set", path.join(__dirname, "dev787"), 5,
  { precision: 0.9, recall: 0.9, reviewRecall: 0.9, year: 0.95, kind: 0.76 }, 1);
