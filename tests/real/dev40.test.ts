// Real documents, fortieth development set (tests/real/dev40): eight 2025–2026 city, district and county pages — news
// summaries of 2026 work reports, work points and livelihood-project news — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, fortieth development set", path.join(__dirname, "dev40"), 8,
  { precision: 0.88, recall: 0.9, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 1);
