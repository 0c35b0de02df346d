// Real documents, hundred-and-eighty-fourth development set (tests/real/dev184): development zones', high-tech zones' and new areas' goals of 2023–2025 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-eighty-fourth development set", path.join(__dirname, "dev184"), 8,
  { precision: 0.95, recall: 0.91, reviewRecall: 0.91, year: 0.95, kind: 0.95 }, 1);
