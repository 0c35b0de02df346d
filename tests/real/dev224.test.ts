// Real documents, two-hundred-and-twenty-fourth development set (tests/real/dev224): Yibin's 2026 livelihood actions, Pingdingshan's 2026 report goals and Huainan's 2025 plan table — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-twenty-fourth development set", path.join(__dirname, "dev224"), 3,
  { precision: 0.6, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
