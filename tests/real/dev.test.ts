// Real documents, development set (tests/real/dev): thirteen public plan documents labelled without sight of the
// engine. The engine was developed against them, so the floors guard against regressions.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, development set", path.join(__dirname, "dev"), 13,
  { precision: 0.985, recall: 0.98, reviewRecall: 0.98, year: 0.99, kind: 0.99 });
