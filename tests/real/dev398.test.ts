// Real documents, three-hundred-and-ninety-eighth development set (tests/real/dev398): city and county special plans to 2025 (惠州 fitness, 济南 digital, 信阳 farming, 德庆 leisure farming) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-ninety-eighth development set", path.join(__dirname, "dev398"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
