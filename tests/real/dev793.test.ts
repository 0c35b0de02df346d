// Real documents, seven-hundred-and-ninety-third development set (tests/real/dev793): housing and construction goals of 2018–2023 (大连's work meeting, 扬州's bureau meeting, 凉山's work meeting, 咸宁's construction industry) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-ninety-third development set", path.join(__dirname, "dev793"), 4,
  { precision: 0.91, recall: 0.95, reviewRecall: 0.95, year: 0.67, kind: 0.95 }, 1);
