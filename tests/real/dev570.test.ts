// Real documents, five-hundred-and-seventieth development set (tests/real/dev570): town work plans of 2023–2025 (南漳's agricultural projects, 高山's spring planting in traditional characters, 小街基's work plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-seventieth development set", path.join(__dirname, "dev570"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.72 }, 0);
