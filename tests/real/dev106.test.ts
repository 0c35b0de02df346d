// Real documents, hundred-and-sixth development set (tests/real/dev106): action and implementation plans to 2025–2027, work points, a province's livelihood list (undefined never state their year, given as a user would) — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-sixth development set", path.join(__dirname, "dev106"), 15,
  { precision: 1, recall: 0.988, reviewRecall: 1, year: 1, kind: 1 }, 9);
