// Real documents, five-hundred-and-ninety-sixth development set (tests/real/dev596): digital-trade and e-commerce goals of 2022–2027 (武汉's digital-trade plan, 浙江's cross-border plan and pilot zones, 江苏's e-commerce plan; compared with the labeller's saved copies only) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-ninety-sixth development set", path.join(__dirname, "dev596"), 4,
  { precision: 0.91, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
