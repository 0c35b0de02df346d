// Real documents, two-hundred-and-fourth development set (tests/real/dev204): water, energy and new-energy goals of provinces and cities in 2024–2026 work meetings, reports and news — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-fourth development set", path.join(__dirname, "dev204"), 5,
  { precision: 0.75, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.75 }, 1);
