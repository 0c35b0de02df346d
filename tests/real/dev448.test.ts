// Real documents, four-hundred-and-forty-eighth development set (tests/real/dev448): plans with yearly milestones of 2020–2023 (浙江, 贵安, 荆州, 沈阳, 吉安) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-forty-eighth development set", path.join(__dirname, "dev448"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.75, kind: 0.79 }, 2);
