// Real documents, three-hundred-and-fourteenth development set (tests/real/dev314): agriculture and rural work goals of a district, a city and a prefecture (华容, 烟台, 周口), 2025–2026 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-fourteenth development set", path.join(__dirname, "dev314"), 3,
  { precision: 0.7, recall: 0.76, reviewRecall: 0.95, year: 0.95, kind: 0.83 }, 0);
