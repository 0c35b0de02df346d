// Real documents, twenty-first development set (tests/real/dev21): the openings of thirteen 2014–2026 pages of
// Shanghai districts and of districts and counties elsewhere — work points, a 十四五 outline summary, a park profile,
// an implementation opinion, work reports, party congress goals and 民生实事 lists — labelled without sight of the
// engine and first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, twenty-first development set", path.join(__dirname, "dev21"), 13,
  { precision: 0.95, recall: 0.96, reviewRecall: 0.97, year: 0.97, kind: 0.95 }, 2);
