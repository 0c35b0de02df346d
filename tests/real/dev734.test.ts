// Real documents, seven-hundred-and-thirty-fourth development set (tests/real/dev734): port and waterway goals of 2016–2025 (江西's waterways, the national inland shipping, 川渝's upper Yangtze, 福州, 山东) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-thirty-fourth development set", path.join(__dirname, "dev734"), 5,
  { precision: 0.84, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.91 }, 1);
