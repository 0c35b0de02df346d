// Real documents, two-hundred-and-eightieth development set (tests/real/dev280): science and technology goals of districts, cities and counties (Banan, Chengdu–Chongqing, Nanjing, Yueyang county, a Shaanxi county) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-eightieth development set", path.join(__dirname, "dev280"), 5,
  { precision: 0.95, recall: 0.91, reviewRecall: 0.91, year: 0.95, kind: 0.84 }, 4);
