// Real documents, six-hundred-and-twenty-eighth development set (tests/real/dev628): 浙江's humanoid-robot innovation plan of 2024–2027 (its main-goals sentence) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-twenty-eighth development set", path.join(__dirname, "dev628"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
