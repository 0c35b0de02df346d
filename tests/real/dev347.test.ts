// Real documents, three-hundred-and-forty-seventh development set (tests/real/dev347): two cities' work-report goals (商洛 2018, 深圳 2017) and a city's annual plan (临沂 2014) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-forty-seventh development set", path.join(__dirname, "dev347"), 3,
  { precision: 0.85, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
