// Real documents, six-hundred-and-fourteenth development set (tests/real/dev614): education-expansion goals of 2021–2025 (长沙's ten practical projects, 安徽's high-school expansion, the national county high-school plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-fourteenth development set", path.join(__dirname, "dev614"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.77 }, 0);
