// Real documents, four-hundred-and-thirty-fifth development set (tests/real/dev435): health, reading and preschool plans of 2017–2021 (扬州, 营口, 新乡, 硚口) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-thirty-fifth development set", path.join(__dirname, "dev435"), 4,
  { precision: 0.85, recall: 0.95, reviewRecall: 0.95, year: 0.78, kind: 0.95 }, 3);
