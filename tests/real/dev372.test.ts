// Real documents, three-hundred-and-seventy-second development set (tests/real/dev372): yearly key-project plans of 2015–2024 (阳江, 广州, 海南, a roundup of provinces) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-seventy-second development set", path.join(__dirname, "dev372"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
