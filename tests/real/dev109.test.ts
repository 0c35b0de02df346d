// Real documents, hundred-and-ninth development set (tests/real/dev109): traditional-character and pinyin-glossed copies of work reports, plans and livelihood lists (two never state their year, given as a user would) — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-ninth development set", path.join(__dirname, "dev109"), 12,
  { precision: 0.776, recall: 0.896, reviewRecall: 0.913, year: 0.961, kind: 0.942 }, 2);
