// Real documents, four-hundred-and-fifty-ninth development set (tests/real/dev459): northeastern cities' and districts' goals of 2024–2025 (七台河, 锦州, 大连 and its districts) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-fifty-ninth development set", path.join(__dirname, "dev459"), 4,
  { precision: 0.92, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.92 }, 1);
