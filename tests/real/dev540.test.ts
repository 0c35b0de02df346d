// Real documents, five-hundred-and-fortieth development set (tests/real/dev540): rural and culture tourism goals of 2021–2024 (郑州's three-year plan, 东至, 成都, 晋江) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-fortieth development set", path.join(__dirname, "dev540"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
