// Real documents, seven-hundred-and-seventy-fourth development set (tests/real/dev774): quality, testing and metrology goals of 2022–2023 (浙江's and 青海's quality-strong provinces, 泉州's metrology plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-seventy-fourth development set", path.join(__dirname, "dev774"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.79 }, 3);
