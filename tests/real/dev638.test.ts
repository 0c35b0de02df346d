// Real documents, six-hundred-and-thirty-eighth development set (tests/real/dev638): quality and standardisation goals of 2016–2025 (梅州, 扬州 and 湖北 quality plans, 淮北's quality action, 辽宁's standardisation plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-thirty-eighth development set", path.join(__dirname, "dev638"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 4);
