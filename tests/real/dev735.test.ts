// Real documents, seven-hundred-and-thirty-fifth development set (tests/real/dev735): medical-resource goals of 2016–2024 (the national ICU beds of 2022 and 2024, nurses to 2020, 福建's general practitioners) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-thirty-fifth development set", path.join(__dirname, "dev735"), 4,
  { precision: 0.88, recall: 0.72, reviewRecall: 0.72, year: 0.95, kind: 0.87 }, 2);
