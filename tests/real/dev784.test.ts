// Real documents, seven-hundred-and-eighty-fourth development set (tests/real/dev784): county budget-execution bulletins of 2024 (临洮's revenue plan by tax, 大姚's and a county's execution reports: each year's budget figure optional, the figures so far past) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-eighty-fourth development set", path.join(__dirname, "dev784"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
