// Real documents, eightieth development set (tests/real/dev80): eight Shanghai pages: a city's and a district's lists of projects, a table of targets by area, a bureau's work points and plans (one never states its year, given as a user would) — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eightieth development set", path.join(__dirname, "dev80"), 8,
  { precision: 0.93, recall: 0.55, reviewRecall: 0.56, year: 0.99, kind: 0.93 }, 1);
