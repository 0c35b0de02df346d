// Real documents, six-hundred-and-sixty-fourth development set (tests/real/dev664): township goals of 2024–2025 (a town's grain plan, a 青阳 town's next steps) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-sixty-fourth development set", path.join(__dirname, "dev664"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.79 }, 1);
