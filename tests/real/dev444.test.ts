// Real documents, four-hundred-and-forty-fourth development set (tests/real/dev444): farm work meetings of 2018 and 2022 (四川, 红河) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-forty-fourth development set", path.join(__dirname, "dev444"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.87 }, 1);
