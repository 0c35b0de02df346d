// Real documents, five-hundred-and-thirteenth development set (tests/real/dev513): water plans of 2019–2023 (安康, 宁波's rural water, 常州's winter works, 镇江, 梁平) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-thirteenth development set", path.join(__dirname, "dev513"), 5,
  { precision: 0.86, recall: 0.92, reviewRecall: 0.95, year: 0.77, kind: 0.86 }, 2);
