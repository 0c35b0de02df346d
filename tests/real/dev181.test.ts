// Real documents, hundred-and-eighty-first development set (tests/real/dev181): a district's 2025 government work report — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-eighty-first development set", path.join(__dirname, "dev181"), 1,
  { precision: 0.98, recall: 0.98, reviewRecall: 0.98, year: 0.98, kind: 0.98 }, 0);
