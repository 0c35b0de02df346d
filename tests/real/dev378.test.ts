// Real documents, three-hundred-and-seventy-eighth development set (tests/real/dev378): county work reports and county livelihood and investment plans of 2011–2018 (淳安, 户县, 镇安, an Inner Mongolian banner) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-seventy-eighth development set", path.join(__dirname, "dev378"), 4,
  { precision: 0.95, recall: 0.79, reviewRecall: 0.87, year: 0.95, kind: 0.95 }, 2);
