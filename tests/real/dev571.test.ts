// Real documents, five-hundred-and-seventy-first development set (tests/real/dev571): consumption-boosting plans of 2025 (浙江, 福建 in traditional characters, 三明, 宁波, 咸宁) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-seventy-first development set", path.join(__dirname, "dev571"), 5,
  { precision: 0.95, recall: 0.91, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 0);
