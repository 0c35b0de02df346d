// Real documents, hundred-and-eighteenth development set (tests/real/dev118): 2023–2026 action plans in newer fields
// and their news — labelled without sight of the engine and first scored unseen (README.md); the engine has since been
// developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-eighteenth development set", path.join(__dirname, "dev118"), 15,
  { precision: 0.97, recall: 0.99, reviewRecall: 0.99, year: 0.97, kind: 0.97 }, 8);
