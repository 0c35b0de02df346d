// Real documents, eighteenth development set (tests/real/dev18): the openings of sixteen 2006–2026 pages of provinces
// and cities — work reports and their summaries, annual plan reports, a task division, an industry programme and
// 民生实事 lists — labelled without sight of the engine and first scored unseen (README.md); the engine has since been
// developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eighteenth development set", path.join(__dirname, "dev18"), 16,
  { precision: 0.95, recall: 0.98, reviewRecall: 0.98, year: 0.98, kind: 0.96 }, 3);
