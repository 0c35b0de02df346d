// Real documents, hundred-and-nineteenth development set (tests/real/dev119): a district's 2025 work report and a
// province's 2026 goals in its paper's summary — labelled without sight of the engine and first scored unseen
// (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-nineteenth development set", path.join(__dirname, "dev119"), 2,
  { precision: 1, recall: 1, reviewRecall: 1, year: 1, kind: 1 }, 0);
