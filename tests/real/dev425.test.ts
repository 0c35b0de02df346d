// Real documents, four-hundred-and-twenty-fifth development set (tests/real/dev425): budget reports of 2015–2024 (云南, 福建, 湖南's finance director, 泸州) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-twenty-fifth development set", path.join(__dirname, "dev425"), 4,
  { precision: 0.95, recall: 0.9, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
