// Real documents, three-hundred-and-sixty-ninth development set (tests/real/dev369): special action plans of 2024–2025: consumer-goods trade-in, eldercare, consumption, equipment renewal (广东, 杭州, 黄冈, 东营) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-sixty-ninth development set", path.join(__dirname, "dev369"), 4,
  { precision: 0.85, recall: 0.82, reviewRecall: 0.95, year: 0.7, kind: 0.8 }, 1);
