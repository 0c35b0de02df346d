// Real documents, four-hundred-and-sixty-first development set (tests/real/dev461): action plans with targets to 2027 and 2030 (浙江 AI, 青海 clean energy, 福州, 河南 low-altitude economy) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-sixty-first development set", path.join(__dirname, "dev461"), 4,
  { precision: 0.95, recall: 0.9, reviewRecall: 0.9, year: 0.95, kind: 0.95 }, 1);
