// Real documents, six-hundred-and-fifth development set (tests/real/dev605): foreign-trade goals of 2022–2025 (湖北's overseas-Chinese export plan to 2027 and its trade-mission plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-fifth development set", path.join(__dirname, "dev605"), 2,
  { precision: 0.83, recall: 0.83, reviewRecall: 0.83, year: 0.57, kind: 0.82 }, 2);
