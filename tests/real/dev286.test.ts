// Real documents, two-hundred-and-eighty-sixth development set (tests/real/dev286): department and county work points, 2024–2025 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-eighty-sixth development set", path.join(__dirname, "dev286"), 4,
  { precision: 0.91, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.91 }, 2);
