// Real documents, three-hundred-and-third development set (tests/real/dev303): 上海's district plans and goals (闵行, 黄浦, 浦东, 徐汇, 杨浦), 2020–2025 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-third development set", path.join(__dirname, "dev303"), 5,
  { precision: 0.7, recall: 0.64, reviewRecall: 0.71, year: 0.95, kind: 0.95 }, 4);
