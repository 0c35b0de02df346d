// Real documents, two-hundred-and-sixth development set (tests/real/dev206): agriculture and rural goals of a district, a county, a city and a province, 2023–2025 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-sixth development set", path.join(__dirname, "dev206"), 4,
  { precision: 0.95, recall: 0.9, reviewRecall: 0.9, year: 0.95, kind: 0.95 }, 1);
