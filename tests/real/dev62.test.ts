// Real documents, sixty-second development set (tests/real/dev62): one news report of 深圳's 2022 work report goals and
// its project and investment plans, from a public news-feed archive — labelled without sight of the engine and first
// scored unseen (README.md). The make-up of the project plan is still ticked: the precision floor is low.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, sixty-second development set", path.join(__dirname, "dev62"), 1,
  { precision: 0.35, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.9 }, 0);
