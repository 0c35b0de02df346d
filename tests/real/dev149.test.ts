// Real documents, hundred-and-forty-ninth development set (tests/real/dev149): 2024–2025 provincial action plans (low-altitude economy, culture and tourism consumption, equipment renewal, data market, AI industry, consumption, new energy storage) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-forty-ninth development set", path.join(__dirname, "dev149"), 7,
  { precision: 0.96, recall: 0.92, reviewRecall: 0.92, year: 0.99, kind: 0.9 }, 2);
