// Real documents, hundred-and-eighty-seventh development set (tests/real/dev187): a 2026 work report's news, a city's 2022 goals and livelihood lists of 2015–2021 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-eighty-seventh development set", path.join(__dirname, "dev187"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 3);
