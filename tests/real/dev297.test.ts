// Real documents, two-hundred-and-ninety-seventh development set (tests/real/dev297): budget reports' news of cities and a district, 2012–2025 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-ninety-seventh development set", path.join(__dirname, "dev297"), 5,
  { precision: 0.87, recall: 0.84, reviewRecall: 0.84, year: 0.59, kind: 0.95 }, 0);
