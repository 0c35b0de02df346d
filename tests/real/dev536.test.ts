// Real documents, five-hundred-and-thirty-sixth development set (tests/real/dev536): city work-report goals of 2019–2022 (德州, 漳州, 常德), two in traditional characters — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-thirty-sixth development set", path.join(__dirname, "dev536"), 3,
  { precision: 0.87, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.86 }, 0);
