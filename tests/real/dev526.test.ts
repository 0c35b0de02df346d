// Real documents, five-hundred-and-twenty-sixth development set (tests/real/dev526): budget drafts of 2020–2021 (上海's 三公 funds, a 海安 town's budget) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-twenty-sixth development set", path.join(__dirname, "dev526"), 2,
  { precision: 0.91, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
