// Real documents, two-hundred-and-thirty-ninth development set (tests/real/dev239): summaries of report goals: Pearl River Delta cities 2021, Xi'an 2021, Changsha 2023, Quanzhou 2023 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-thirty-ninth development set", path.join(__dirname, "dev239"), 4,
  { precision: 0.95, recall: 0.9, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
