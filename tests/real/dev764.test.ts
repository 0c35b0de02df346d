// Real documents, seven-hundred-and-sixty-fourth development set (tests/real/dev764): time-honoured brand and first-store goals of 2022–2025 (河南's and 湖南's time-honoured brands, 北京's consumption centre and brand action plan, 东城's brands) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-sixty-fourth development set", path.join(__dirname, "dev764"), 5,
  { precision: 0.87, recall: 0.61, reviewRecall: 0.61, year: 0.95, kind: 0.78 }, 3);
