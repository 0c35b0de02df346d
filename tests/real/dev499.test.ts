// Real documents, four-hundred-and-ninety-ninth development set (tests/real/dev499): a city's 2025 work report goals in a pinyin-glossed mirror (常德) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-ninety-ninth development set", path.join(__dirname, "dev499"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
