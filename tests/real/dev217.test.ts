// Real documents, two-hundred-and-seventeenth development set (tests/real/dev217): news explainers of the 2024 and 2026 work reports of Jinan, Shanghai and Suzhou — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-seventeenth development set", path.join(__dirname, "dev217"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
