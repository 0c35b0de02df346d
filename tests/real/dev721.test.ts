// Real documents, seven-hundred-and-twenty-first development set (tests/real/dev721): water-saving goals of 2022–2024 (the national action of 2022, the 2024 water-saving work points) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-twenty-first development set", path.join(__dirname, "dev721"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
