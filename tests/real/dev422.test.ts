// Real documents, four-hundred-and-twenty-second development set (tests/real/dev422): target-breakdown tables of 2016–2018 (德阳 旌阳's table handed down for assessment, 常熟's task breakdown) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-twenty-second development set", path.join(__dirname, "dev422"), 2,
  { precision: 0.91, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.88 }, 0);
