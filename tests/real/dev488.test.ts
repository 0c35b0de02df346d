// Real documents, four-hundred-and-eighty-eighth development set (tests/real/dev488): elder-care goals to 2030 of 宁夏's layout plan of 2025 and the national planning agency's 2026 briefing — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-eighty-eighth development set", path.join(__dirname, "dev488"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
