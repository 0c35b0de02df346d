// Real documents, hundred-and-seventy-seventh development set (tests/real/dev177): 十五五 goals of a new area, a city and 上海 in news of 2025–2026 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-seventy-seventh development set", path.join(__dirname, "dev177"), 4,
  { precision: 0.98, recall: 0.98, reviewRecall: 0.98, year: 0.98, kind: 0.98 }, 3);
