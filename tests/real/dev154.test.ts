// Real documents, hundred-and-fifty-fourth development set (tests/real/dev154): 2025 work reports and 实事 of provincial capitals (西安's 为民实事, 广州, 沈阳, 兰州, 哈尔滨) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-fifty-fourth development set", path.join(__dirname, "dev154"), 5,
  { precision: 0.98, recall: 0.98, reviewRecall: 0.98, year: 0.98, kind: 0.89 }, 1);
