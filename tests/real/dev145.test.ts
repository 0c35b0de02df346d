// Real documents, hundred-and-forty-fifth development set (tests/real/dev145): national work meetings of 2025 and 2026 as news gives them (civil aviation, railways, postal services) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-forty-fifth development set", path.join(__dirname, "dev145"), 7,
  { precision: 0.99, recall: 0.99, reviewRecall: 0.99, year: 0.99, kind: 0.95 }, 0);
