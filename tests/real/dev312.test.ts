// Real documents, three-hundred-and-twelfth development set (tests/real/dev312): 上海's 2025–2026 major projects and town and zone livelihood lists — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-twelfth development set", path.join(__dirname, "dev312"), 4,
  { precision: 0.95, recall: 0.75, reviewRecall: 0.75, year: 0.95, kind: 0.95 }, 1);
