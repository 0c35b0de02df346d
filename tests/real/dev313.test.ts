// Real documents, three-hundred-and-thirteenth development set (tests/real/dev313): a city's plan report, a city's annual plan and a provincial report's energy goals (成都, 鄂尔多斯, 内蒙古), 2023–2024 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-thirteenth development set", path.join(__dirname, "dev313"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.76 }, 0);
