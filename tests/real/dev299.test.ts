// Real documents, two-hundred-and-ninety-ninth development set (tests/real/dev299): city ecology and environment goals, 2017–2022 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-ninety-ninth development set", path.join(__dirname, "dev299"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.73, kind: 0.92 }, 1);
