// Real documents, two-hundred-and-twenty-sixth development set (tests/real/dev226): Junan's 2024 budget report and Xinyang high-tech zone's 2023 budget arrangement — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-twenty-sixth development set", path.join(__dirname, "dev226"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
