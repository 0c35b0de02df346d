// Real documents, six-hundred-and-thirty-first development set (tests/real/dev631): new-energy storage and hydrogen goals of 2021–2025 (鄂尔多斯's storage and green hydrogen in traditional characters, 山东's hydrogen stations, twenty provinces' storage targets summed, 吉林's staged hydrogen plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-thirty-first development set", path.join(__dirname, "dev631"), 4,
  { precision: 0.78, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.75 }, 1);
