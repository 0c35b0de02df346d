// Real documents, four-hundred-and-seventy-eighth development set (tests/real/dev478): provincial and city action plans of 2024 to 2027 (湖北 and 烟台 equipment renewal, 广州 energy storage, 上虞 industry, 四川 AI) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-seventy-eighth development set", path.join(__dirname, "dev478"), 5,
  { precision: 0.95, recall: 0.85, reviewRecall: 0.85, year: 0.95, kind: 0.95 }, 2);
