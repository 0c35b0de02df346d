// Real documents, two-hundred-and-seventy-third development set (tests/real/dev273): pig, dairy and tea industry plans (Qingyuan, Fenggang, Shanxi, Xuancheng) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-seventy-third development set", path.join(__dirname, "dev273"), 4,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.95, year: 0.92, kind: 0.95 }, 3);
