// Real documents, hundred-and-eighty-third development set (tests/real/dev183): environment work and action plans of 2023–2025 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-eighty-third development set", path.join(__dirname, "dev183"), 7,
  { precision: 0.89, recall: 0.98, reviewRecall: 0.98, year: 0.98, kind: 0.98 }, 5);
