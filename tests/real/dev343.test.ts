// Real documents, three-hundred-and-forty-third development set (tests/real/dev343): three-year and yearly action plans of 2015–2018 (江西, 常州, 四川, 山东, 郑州) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-forty-third development set", path.join(__dirname, "dev343"), 5,
  { precision: 0.84, recall: 0.87, reviewRecall: 0.87, year: 0.95, kind: 0.95 }, 0);
