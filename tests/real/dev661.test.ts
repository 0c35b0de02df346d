// Real documents, six-hundred-and-sixty-first development set (tests/real/dev661): food-safety goals of 2017–2025 (广西's and 山东's catering plans in pinyin-glossed mirrors, 滨海's three-year catering plan, 浙江's food-safety opinions) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-sixty-first development set", path.join(__dirname, "dev661"), 4,
  { precision: 0.9, recall: 0.92, reviewRecall: 0.95, year: 0.95, kind: 0.85 }, 1);
