// Real documents, five-hundred-and-seventy-eighth development set (tests/real/dev578): pedestrian-street and night-economy plans of 2019–2022 (山东, 辽宁, 长治, 长沙) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-seventy-eighth development set", path.join(__dirname, "dev578"), 4,
  { precision: 0.95, recall: 0.86, reviewRecall: 0.9, year: 0.95, kind: 0.85 }, 1);
