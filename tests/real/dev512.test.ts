// Real documents, five-hundred-and-twelfth development set (tests/real/dev512): culture and tourism goals of 2019–2024 (滨州's meeting, 略阳's task table, 宿迁's tourism plan; a masked copy of a 杭州 plan dropped) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-twelfth development set", path.join(__dirname, "dev512"), 3,
  { precision: 0.95, recall: 0.87, reviewRecall: 0.87, year: 0.55, kind: 0.86 }, 0);
