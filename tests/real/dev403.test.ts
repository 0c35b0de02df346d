// Real documents, four-hundred-and-third development set (tests/real/dev403): provincial industry plans of 2021–2025 (广东 digital economy, 北京 medicine, 陕西 and 浙江 new-energy vehicles, 山西 logistics) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-third development set", path.join(__dirname, "dev403"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.82 }, 2);
