// Real documents, four-hundred-and-seventieth development set (tests/real/dev470): a county-level city's 2026 report goals (文昌) and a county's 2026 project plans (宝应) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-seventieth development set", path.join(__dirname, "dev470"), 2,
  { precision: 0.7, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.83 }, 0);
