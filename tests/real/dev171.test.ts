// Real documents, hundred-and-seventy-first development set (tests/real/dev171): towns', streets' and a zone's 2024–2025 plans — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-seventy-first development set", path.join(__dirname, "dev171"), 4,
  { precision: 0.98, recall: 0.98, reviewRecall: 0.98, year: 0.98, kind: 0.98 }, 0);
