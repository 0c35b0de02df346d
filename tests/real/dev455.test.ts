// Real documents, four-hundred-and-fifty-fifth development set (tests/real/dev455): county and county-level-city work reports of 2024–2025 (黄梅, 上蔡, 宜都 and 枝江 as posters in traditional characters) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-fifty-fifth development set", path.join(__dirname, "dev455"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
