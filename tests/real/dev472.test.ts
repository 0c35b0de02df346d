// Real documents, four-hundred-and-seventy-second development set (tests/real/dev472): 2025 provincial work reports' goals as the press printed them (四川, and 浙江 in a pinyin-glossed mirror) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-seventy-second development set", path.join(__dirname, "dev472"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
