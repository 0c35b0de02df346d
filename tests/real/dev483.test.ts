// Real documents, four-hundred-and-eighty-third development set (tests/real/dev483): a paper's reading of 广东's 十五五 proposal, its figures the reporter's own (all optional) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-eighty-third development set", path.join(__dirname, "dev483"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
