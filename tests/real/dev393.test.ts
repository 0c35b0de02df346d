// Real documents, three-hundred-and-ninety-third development set (tests/real/dev393): provinces' 2024 work-report goals and tasks (湖南 as reported, 辽宁's division of tasks) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-ninety-third development set", path.join(__dirname, "dev393"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
