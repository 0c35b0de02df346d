// Real documents, three-hundred-and-thirty-first development set (tests/real/dev331): 上海's action plans for eldercare technology (2024–2027) and the city's digital transformation (2024–2026) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-thirty-first development set", path.join(__dirname, "dev331"), 2,
  { precision: 0.85, recall: 0.95, reviewRecall: 0.95, year: 0.61, kind: 0.83 }, 1);
