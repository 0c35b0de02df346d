// Real documents, eight-hundred-and-twenty-sixth development set (tests/real/dev826): after-school service goals of 2021–2022 (黄山's education public services, 招远's project table, a 西青 school's homework limits) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-twenty-sixth development set", path.join(__dirname, "dev826"), 3,
  { precision: 0.45, recall: 0.65, reviewRecall: 0.75, year: 0.95, kind: 0.95 }, 1);
