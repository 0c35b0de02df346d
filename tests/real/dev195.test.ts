// Real documents, hundred-and-ninety-fifth development set (tests/real/dev195): ten livelihood projects of a prefecture city and a district in 贵州, 青海 and 广西, 2009–2019 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-ninety-fifth development set", path.join(__dirname, "dev195"), 3,
  { precision: 0.95, recall: 0.9, reviewRecall: 0.95, year: 0.7, kind: 0.8 }, 1);
