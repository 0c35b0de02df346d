// Real documents, five-hundred-and-thirty-second development set (tests/real/dev532): pollution-control plans of 2019–2024 (广州 water, 海门, 贵阳 air, 潮州 blue sky) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-thirty-second development set", path.join(__dirname, "dev532"), 4,
  { precision: 0.85, recall: 0.9, reviewRecall: 0.9, year: 0.95, kind: 0.95 }, 0);
