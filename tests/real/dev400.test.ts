// Real documents, four-hundredth development set (tests/real/dev400): low-altitude-economy and district campaign plans of 2024–2026 (海南, 北京 and 南京, 武汉 青山) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundredth development set", path.join(__dirname, "dev400"), 3,
  { precision: 0.92, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.89 }, 3);
