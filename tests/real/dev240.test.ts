// Real documents, two-hundred-and-fortieth development set (tests/real/dev240): report goals of Nantong 2025, Nanjing 2024, Mianyang 2023 and eighteen Henan cities 2023 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-fortieth development set", path.join(__dirname, "dev240"), 4,
  { precision: 0.95, recall: 0.65, reviewRecall: 0.7, year: 0.95, kind: 0.9 }, 1);
