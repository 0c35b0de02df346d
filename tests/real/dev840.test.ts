// Real documents, eight-hundred-and-fortieth development set (tests/real/dev840): greenway goals of 2016–2025 (山东's 10,000 km of urban greenways, 杭州's three-year plan, 山东's three-year action and the national goal, 绍兴's bicycle greenway, 闽清's leisure trails) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-fortieth development set", path.join(__dirname, "dev840"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.71, kind: 0.59 }, 3);
