// Real documents, six-hundred-and-seventy-fifth development set (tests/real/dev675): 15-minute convenient living-circle goals of 2021–2022 (福州's pilot plan, 天津's convenience stores and food markets, 西安) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-seventy-fifth development set", path.join(__dirname, "dev675"), 3,
  { precision: 0.95, recall: 0.8, reviewRecall: 0.87, year: 0.95, kind: 0.95 }, 1);
