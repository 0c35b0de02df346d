// Real documents, three-hundred-and-eleventh development set (tests/real/dev311): district livelihood lists of 江苏 (浦口, 锡山, 吴中), 2021 and 2025 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-eleventh development set", path.join(__dirname, "dev311"), 3,
  { precision: 0.92, recall: 0.86, reviewRecall: 0.86, year: 0.95, kind: 0.77 }, 0);
