// Real documents, five-hundred-and-thirty-fourth development set (tests/real/dev534): town and management-district goals of 2023–2025 (幸福镇 sugarcane, 周矶, 多祥) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-thirty-fourth development set", path.join(__dirname, "dev534"), 3,
  { precision: 0.83, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.88 }, 1);
