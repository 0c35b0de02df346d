// Real documents, five-hundred-and-first development set (tests/real/dev501): health and elder-care goals of 2021–2024 (广东's livelihood list, 鲅鱼圈's health action, 连云港's health work) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-first development set", path.join(__dirname, "dev501"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.88 }, 3);
