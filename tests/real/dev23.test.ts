// Real documents, twenty-third development set (tests/real/dev23): the openings of eighteen 2017–2025 pages — Shanghai's
// special plans, implementation opinions and action plans (summaries), 松江新城's action plan, and district 民生实事
// lists elsewhere — labelled without sight of the engine and first scored unseen (README.md); the engine has since been
// developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, twenty-third development set", path.join(__dirname, "dev23"), 18,
  { precision: 0.94, recall: 0.94, reviewRecall: 0.95, year: 0.95, kind: 0.88 }, 7);
