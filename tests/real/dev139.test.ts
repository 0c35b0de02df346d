// Real documents, hundred-and-thirty-ninth development set (tests/real/dev139): 2026 work points of a county bureau, a district
// health meeting and a city's 民生实事 items — labelled without sight of the engine and first scored unseen (README.md); the
// engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-thirty-ninth development set", path.join(__dirname, "dev139"), 3,
  { precision: 0.99, recall: 0.99, reviewRecall: 0.99, year: 0.99, kind: 0.99 }, 0);
