// Real documents, six-hundred-and-sixty-fifth development set (tests/real/dev665): city and county carbon-peak goals of 2022–2030 (包头, 石嘴山 and 耒阳) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-sixty-fifth development set", path.join(__dirname, "dev665"), 3,
  { precision: 0.95, recall: 0.87, reviewRecall: 0.95, year: 0.95, kind: 0.87 }, 3);
