// Real documents, four-hundred-and-thirty-sixth development set (tests/real/dev436): pages in traditional characters on 陕西's reports of 2018 and 2021 and 九江's 2024 list — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-thirty-sixth development set", path.join(__dirname, "dev436"), 3,
  { precision: 0.95, recall: 0.87, reviewRecall: 0.91, year: 0.95, kind: 0.91 }, 1);
