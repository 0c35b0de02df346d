// Real documents, four-hundred-and-fifty-eighth development set (tests/real/dev458): a prefecture bureau's performance-target table, a provincial transport department's year targets and a city's air-quality points of 2021–2023 (甘孜, 贵州) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-fifty-eighth development set", path.join(__dirname, "dev458"), 3,
  { precision: 0.95, recall: 0.58, reviewRecall: 0.58, year: 0.95, kind: 0.95 }, 1);
