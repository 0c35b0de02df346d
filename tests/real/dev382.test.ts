// Real documents, three-hundred-and-eighty-second development set (tests/real/dev382): provincial departments' work meetings and a press conference of 2024–2026: rural roads, agriculture, transport, crop farming (河南, 海南, 广西, 湖南) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-eighty-second development set", path.join(__dirname, "dev382"), 4,
  { precision: 0.91, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.86 }, 0);
