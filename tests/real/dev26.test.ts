// Real documents, twenty-sixth development set (tests/real/dev26): the openings of twelve 2023–2026 pages from east,
// central and south China — work report summaries and excerpts of cities, counties and districts, and three 民生实事
// lists — labelled without sight of the engine and first scored unseen (README.md); the engine has since been
// developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, twenty-sixth development set", path.join(__dirname, "dev26"), 12,
  { precision: 0.98, recall: 0.97, reviewRecall: 0.98, year: 0.98, kind: 0.96 }, 0);
