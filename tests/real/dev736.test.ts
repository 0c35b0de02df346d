// Real documents, seven-hundred-and-thirty-sixth development set (tests/real/dev736): elderly meal-assistance goals of 2019–2024 (上海's community canteens, 广东's 3000 canteens, 广州's coverage, 江苏's meal points) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-thirty-sixth development set", path.join(__dirname, "dev736"), 4,
  { precision: 0.7, recall: 0.55, reviewRecall: 0.55, year: 0.95, kind: 0.95 }, 1);
