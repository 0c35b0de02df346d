// Real documents, seven-hundred-and-fortieth development set (tests/real/dev740): afforestation goals of 2016–2025 (the national greening plan, 安徽's action, 河南's pilot, the 三北 opinion, 湖南's planting) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-fortieth development set", path.join(__dirname, "dev740"), 5,
  { precision: 0.95, recall: 0.91, reviewRecall: 0.95, year: 0.75, kind: 0.95 }, 1);
