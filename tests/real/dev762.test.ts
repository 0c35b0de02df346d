// Real documents, seven-hundred-and-sixty-second development set (tests/real/dev762): family-doctor contracting goals of 2016–2017 (开州's coverage, 甘肃's tiered care, the national coverage goals) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-sixty-second development set", path.join(__dirname, "dev762"), 3,
  { precision: 0.95, recall: 0.72, reviewRecall: 0.83, year: 0.95, kind: 0.95 }, 1);
