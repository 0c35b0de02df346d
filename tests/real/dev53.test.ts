// Real documents, fifty-third development set (tests/real/dev53): eight progress notices and reviews of 2015–2025 that
// name the year's tasks beside what is done of them (民生实事 progress tables and notes, a work report's behind-schedule
// tasks, a half-year review) — labelled without sight of the engine and first scored unseen (README.md); the engine
// has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, fifty-third development set", path.join(__dirname, "dev53"), 8,
  { precision: 0.86, recall: 0.77, reviewRecall: 0.77, year: 0.97, kind: 0.85 }, 1);
