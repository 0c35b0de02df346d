// Real documents, fifty-sixth development set (tests/real/dev56): ten ecology, energy and forestry pages of 2021–2024
// (河长令, 林业 annual targets, 节能减排 and 碳达峰 plans, a 水污染防治 plan, 河湖长制 work points, a power plan) —
// labelled without sight of the engine and first scored unseen (README.md); the engine has since been developed against
// them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, fifty-sixth development set", path.join(__dirname, "dev56"), 10,
  { precision: 0.97, recall: 0.97, reviewRecall: 0.97, year: 0.97, kind: 0.82 }, 4);
