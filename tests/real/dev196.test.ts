// Real documents, hundred-and-ninety-sixth development set (tests/real/dev196): Shanghai municipal action plans and measures of 2022–2025 (equipment renewal, telecoms, synthetic biology, brain-computer interfaces, low-altitude economy, smart terminals, high-end equipment) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-ninety-sixth development set", path.join(__dirname, "dev196"), 7,
  { precision: 0.95, recall: 0.9, reviewRecall: 0.9, year: 0.95, kind: 0.9 }, 4);
