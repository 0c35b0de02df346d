// Real documents, eight-hundredth development set (tests/real/dev800): youth-development goals of 2022–2026 (成都's and 金牛区's youth-development city plans, 长沙's decision, 湖南's youth jobs and internships, 洛阳's 2022 youth-league tasks) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundredth development set", path.join(__dirname, "dev800"), 5,
  { precision: 0.91, recall: 0.95, reviewRecall: 0.95, year: 0.8, kind: 0.83 }, 2);
