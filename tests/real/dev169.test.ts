// Real documents, hundred-and-sixty-ninth development set (tests/real/dev169): prefecture-level cities' action plans of 2024–2025 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-sixty-ninth development set", path.join(__dirname, "dev169"), 6,
  { precision: 0.86, recall: 0.90, reviewRecall: 0.90, year: 0.98, kind: 0.98 }, 0);
