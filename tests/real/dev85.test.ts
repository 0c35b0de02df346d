// Real documents, eighty-fifth development set (tests/real/dev85): eleven provincial plans other than work reports (three never state their year, given as a user would) — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eighty-fifth development set", path.join(__dirname, "dev85"), 11,
  { precision: 0.97, recall: 0.97, reviewRecall: 0.98, year: 0.99, kind: 0.98 }, 3);
