// Real documents, four-hundred-and-seventy-ninth development set (tests/real/dev479): county farm and village news of 2023–2025 (嘉禾, 宣汉, 永登, 桑植, 固阳) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-seventy-ninth development set", path.join(__dirname, "dev479"), 5,
  { precision: 0.79, recall: 0.86, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
