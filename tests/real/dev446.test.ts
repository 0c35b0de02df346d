// Real documents, four-hundred-and-forty-sixth development set (tests/real/dev446): budget performance-target tables of 2022–2025 (黄石's party school, 同心's 下马关 town, 淮北's culture bureau) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-forty-sixth development set", path.join(__dirname, "dev446"), 3,
  { precision: 0.76, recall: 0.88, reviewRecall: 0.88, year: 0.95, kind: 0.69 }, 0);
