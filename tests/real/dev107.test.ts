// Real documents, hundred-and-seventh development set (tests/real/dev107): county and district work reports, livelihood lists and progress tables, rural-road plans (three never state their year, given as a user would) — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-seventh development set", path.join(__dirname, "dev107"), 9,
  { precision: 0.887, recall: 0.948, reviewRecall: 0.982, year: 0.836, kind: 0.927 }, 3);
