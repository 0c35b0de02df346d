// Real documents, seven-hundred-and-thirty-second development set (tests/real/dev732): urban rail-transit goals of 2015–2024 (杭州's three pages, 北京-天津-深圳's approvals, 北京's 2024 plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-thirty-second development set", path.join(__dirname, "dev732"), 5,
  { precision: 0.83, recall: 0.66, reviewRecall: 0.69, year: 0.72, kind: 0.35 }, 1);
