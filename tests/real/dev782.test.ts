// Real documents, seven-hundred-and-eighty-second development set (tests/real/dev782): budget goals of 2021–2024 (本溪's budget, 彭水's, 凌源's and 贺兰's budget adjustments) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-eighty-second development set", path.join(__dirname, "dev782"), 4,
  { precision: 0.43, recall: 0.6, reviewRecall: 0.6, year: 0.61, kind: 0.95 }, 0);
