// Real documents, hundred-and-twenty-ninth development set (tests/real/dev129): 2023 and 2026 provincial pages of 云南 and 河南 (a report's livelihood list, a department's 2026 targets, a report's urbanisation part) — labelled without sight of the engine and first
// scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-twenty-ninth development set", path.join(__dirname, "dev129"), 3,
  { precision: 0.99, recall: 0.92, reviewRecall: 0.95, year: 0.99, kind: 0.91 }, 0);
