// Real documents, hundred-and-seventy-sixth development set (tests/real/dev176): news of a city's 2025 government work report and its main expected goals — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-seventy-sixth development set", path.join(__dirname, "dev176"), 1,
  { precision: 0.98, recall: 0.98, reviewRecall: 0.98, year: 0.98, kind: 0.98 }, 0);
