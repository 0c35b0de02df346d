// Real documents, hundred-and-ninety-eighth development set (tests/real/dev198): provincial and city government work reports of 2020–2024 (南京, 黑龙江, 山东, 南宁, 宁夏) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-ninety-eighth development set", path.join(__dirname, "dev198"), 5,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
