// Real documents, six-hundred-and-fiftieth development set (tests/real/dev650): urbanisation goals of 2016–2028 (潍坊's citizenisation targets, 贵州's small towns, 四川's 2016 urbanisation opinions and 2025 five-year plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-fiftieth development set", path.join(__dirname, "dev650"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.92 }, 2);
