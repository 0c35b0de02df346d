// Real documents, seven-hundred-and-eleventh development set (tests/real/dev711): charging-infrastructure goals of 2017–2022 (台州's stations, a province's plan, the national piles, battery swaps, 北京's service radius) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-eleventh development set", path.join(__dirname, "dev711"), 5,
  { precision: 0.79, recall: 0.83, reviewRecall: 0.83, year: 0.7, kind: 0.63 }, 3);
