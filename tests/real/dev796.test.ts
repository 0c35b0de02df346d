// Real documents, seven-hundred-and-ninety-sixth development set (tests/real/dev796): culture and tourism goals of 2018–2023 (四川's work meeting and development conference, 西藏's tourism meeting, 甘孜's all-for-one tourism) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-ninety-sixth development set", path.join(__dirname, "dev796"), 4,
  { precision: 0.88, recall: 0.95, reviewRecall: 0.95, year: 0.28, kind: 0.88 }, 2);
