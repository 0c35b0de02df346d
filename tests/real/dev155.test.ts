// Real documents, hundred-and-fifty-fifth development set (tests/real/dev155): provincial departments' work meetings of 2025–2026 (贵州's water and energy, 内蒙古's transport and water) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-fifty-fifth development set", path.join(__dirname, "dev155"), 4,
  { precision: 0.93, recall: 0.9, reviewRecall: 0.9, year: 0.98, kind: 0.93 }, 0);
