// Real documents, two-hundred-and-fifth development set (tests/real/dev205): health and education goals of Wuhan, a district of Wuhan, a district of Fuzhou and Shandong, 2023–2024 — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, two-hundred-and-fifth development set", path.join(__dirname, "dev205"), 4,
  { precision: 0.8, recall: 0.9, reviewRecall: 0.9, year: 0.95, kind: 0.95 }, 0);
