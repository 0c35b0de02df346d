// Real documents, three-hundred-and-forty-second development set (tests/real/dev342): prefecture cities' livelihood lists of 2015 and 2020 (连云港, 龙岩, 兰州) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-forty-second development set", path.join(__dirname, "dev342"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.86 }, 0);
