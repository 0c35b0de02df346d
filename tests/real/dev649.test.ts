// Real documents, six-hundred-and-forty-ninth development set (tests/real/dev649): talent goals of 2011–2026 (郑州's youth talent, 高邮's talent total, 西宁's 2020 talent plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-forty-ninth development set", path.join(__dirname, "dev649"), 3,
  { precision: 0.84, recall: 0.89, reviewRecall: 0.89, year: 0.95, kind: 0.95 }, 2);
