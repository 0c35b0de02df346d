// Real documents, six-hundred-and-seventy-first development set (tests/real/dev671): elderly-care service goals of 2020–2023 (重庆's street and community centres, 海安's 民生实事 progress table) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-seventy-first development set", path.join(__dirname, "dev671"), 2,
  { precision: 0.8, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
