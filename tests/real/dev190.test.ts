// Real documents, hundred-and-ninetieth development set (tests/real/dev190): provinces' and cities' action plans and measures with goals, 2022–2025 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-ninetieth development set", path.join(__dirname, "dev190"), 4,
  { precision: 0.9, recall: 0.95, reviewRecall: 0.95, year: 0.7, kind: 0.85 }, 2);
