// Real documents, thirteenth development set (tests/real/dev13): the openings of fifteen 2016–2026 pages — lists of
// 民生实事, district work reports, an implementation plan, an action plan, a provincial opinion and a special plan, three
// in traditional characters — labelled without sight of the engine and first scored unseen (README.md); the engine has
// since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, thirteenth development set", path.join(__dirname, "dev13"), 15,
  { precision: 0.97, recall: 0.97, reviewRecall: 0.98, year: 0.99, kind: 0.94 }, 1);
