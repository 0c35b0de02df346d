// Real documents, four-hundred-and-eighty-seventh development set (tests/real/dev487): 深圳's 2025 work report goals as the Hong Kong press printed them (星島, 文匯報) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-eighty-seventh development set", path.join(__dirname, "dev487"), 2,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.83 }, 0);
