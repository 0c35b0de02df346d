// Real documents, two-hundred-and-sixtieth development set (tests/real/dev260): east–west cooperation and paired-aid plans (Jiangsu–Tibet, Fujian and Shanxi–Changji, Xinjiang, Fenghua) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-sixtieth development set", path.join(__dirname, "dev260"), 5,
  { precision: 0.73, recall: 0.79, reviewRecall: 0.79, year: 0.95, kind: 0.85 }, 3);
