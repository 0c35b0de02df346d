// Real documents, seven-hundred-and-forty-fifth development set (tests/real/dev745): smart-agriculture goals of 2018–2025 (苏州's digitalisation plan, 浙江's leading zone in news and draft, 山东's application bases) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-forty-fifth development set", path.join(__dirname, "dev745"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 4);
