// Real documents, two-hundred-and-forty-third development set (tests/real/dev243): livelihood goals of Shunde, Qingpu, Shenzhen and Zhenjiang for 2025 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-forty-third development set", path.join(__dirname, "dev243"), 4,
  { precision: 0.95, recall: 0.85, reviewRecall: 0.85, year: 0.5, kind: 0.9 }, 0);
