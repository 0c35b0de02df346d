// Real documents, seven-hundred-and-seventy-second development set (tests/real/dev772): natural-gas and district-heating goals of 2019–2022 (吉林's gasification, 聊城's and 张家口's new-area heating, 贵州's county pipelines) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-seventy-second development set", path.join(__dirname, "dev772"), 4,
  { precision: 0.91, recall: 0.83, reviewRecall: 0.92, year: 0.95, kind: 0.75 }, 1);
