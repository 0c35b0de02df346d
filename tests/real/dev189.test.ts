// Real documents, hundred-and-eighty-ninth development set (tests/real/dev189): districts' and towns' goals of 2024–2026 from their congresses and reports — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-eighty-ninth development set", path.join(__dirname, "dev189"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.85 }, 0);
