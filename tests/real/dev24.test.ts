// Real documents, twenty-fourth development set (tests/real/dev24): the openings of eleven 2024–2026 pages from
// north-west and south-west China — annual plans of a city and a county, work report summaries of banners, counties and
// districts, a prefecture's 民生实事 list, a county's investment drive — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, twenty-fourth development set", path.join(__dirname, "dev24"), 11,
  { precision: 0.96, recall: 0.98, reviewRecall: 0.98, year: 0.98, kind: 0.95 }, 1);
