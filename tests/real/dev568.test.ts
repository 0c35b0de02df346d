// Real documents, five-hundred-and-sixty-eighth development set (tests/real/dev568): Shanghai municipal and district departments' annual plans of 2022–2024 (the education commission's kindergarten plan in traditional characters, 临港's education projects, 嘉定's schools, 虹口's fitness facilities) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-sixty-eighth development set", path.join(__dirname, "dev568"), 4,
  { precision: 0.88, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
