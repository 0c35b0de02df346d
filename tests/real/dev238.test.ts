// Real documents, two-hundred-and-thirty-eighth development set (tests/real/dev238): county and district report goals: Furong 2019, Zhen'an 2015, Jintan 2025 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-thirty-eighth development set", path.join(__dirname, "dev238"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.85 }, 2);
