// Real documents, four-hundred-and-seventy-first development set (tests/real/dev471): a provincial department head's 2026 tasks (浙江 经信) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-seventy-first development set", path.join(__dirname, "dev471"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
