// Real documents, two-hundred-and-seventy-first development set (tests/real/dev271): cold-chain and logistics plans (Fujian, Anhui, Suqian, Hainan and Henan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-seventy-first development set", path.join(__dirname, "dev271"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 5);
