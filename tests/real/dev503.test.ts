// Real documents, five-hundred-and-third development set (tests/real/dev503): city and county water, energy and ecology plans of 2021–2022 (襄阳, 榆林, 雅安, 郎溪, 重庆) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-third development set", path.join(__dirname, "dev503"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 3);
