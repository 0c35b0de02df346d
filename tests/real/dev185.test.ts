// Real documents, hundred-and-eighty-fifth development set (tests/real/dev185): departments' work meetings and plans with goals, 2014–2026 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-eighty-fifth development set", path.join(__dirname, "dev185"), 9,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.92, year: 0.98, kind: 0.84 }, 1);
