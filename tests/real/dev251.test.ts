// Real documents, two-hundred-and-fifty-first development set (tests/real/dev251): report goals of Yangjiang 2025, Dongguan 2024 and Guilin 2016 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-fifty-first development set", path.join(__dirname, "dev251"), 3,
  { precision: 0.75, recall: 0.85, reviewRecall: 0.85, year: 0.95, kind: 0.95 }, 1);
