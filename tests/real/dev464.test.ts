// Real documents, four-hundred-and-sixty-fourth development set (tests/real/dev464): afforestation and environment targets of 2024–2025 (安徽, 湖南, 河北, 山西) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, four-hundred-and-sixty-fourth development set", path.join(__dirname, "dev464"), 5,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 3);
