// Real documents, three-hundred-and-fortieth development set (tests/real/dev340): 上海's municipal greening goals, livelihood list and major-project plans of 2016–2020 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-fortieth development set", path.join(__dirname, "dev340"), 5,
  { precision: 0.88, recall: 0.91, reviewRecall: 0.91, year: 0.95, kind: 0.95 }, 0);
