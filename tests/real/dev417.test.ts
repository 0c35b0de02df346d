// Real documents, four-hundred-and-seventeenth development set (tests/real/dev417): old-compound renovation and housing targets of 2020–2025 (大同, 眉山's progress report, a district's reply, a city's report) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-seventeenth development set", path.join(__dirname, "dev417"), 4,
  { precision: 0.87, recall: 0.81, reviewRecall: 0.88, year: 0.95, kind: 0.91 }, 0);
