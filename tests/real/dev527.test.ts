// Real documents, five-hundred-and-twenty-seventh development set (tests/real/dev527): a district's 2020 work report goals (安次) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-twenty-seventh development set", path.join(__dirname, "dev527"), 1,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
