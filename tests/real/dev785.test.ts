// Real documents, seven-hundred-and-eighty-fifth development set (tests/real/dev785): county rural-revitalisation plans of 2024 (东海's toilet renovation, 西峡's linkage funds) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-eighty-fifth development set", path.join(__dirname, "dev785"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
