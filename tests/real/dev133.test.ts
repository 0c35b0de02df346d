// Real documents, hundred-and-thirty-third development set (tests/real/dev133): the 十五五 period's goals on national pages of 2026 and the 2026 main targets — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-thirty-third development set", path.join(__dirname, "dev133"), 3,
  { precision: 0.99, recall: 0.99, reviewRecall: 0.99, year: 0.99, kind: 0.99 }, 2);
