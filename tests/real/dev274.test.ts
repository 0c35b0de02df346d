// Real documents, two-hundred-and-seventy-fourth development set (tests/real/dev274): 2022 and 2026 government work reports of a district and two cities (Louxing, Duyun, Taizhou) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-seventy-fourth development set", path.join(__dirname, "dev274"), 3,
  { precision: 0.82, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
