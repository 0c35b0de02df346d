// Real documents, six-hundredth development set (tests/real/dev600): urban gas, heating and utility-tunnel goals of 2022–2025 (重庆's utility-tunnel plan, 武汉 and 平顶山 gas-pipe renewal, 昌吉's gas-pipe projects) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundredth development set", path.join(__dirname, "dev600"), 4,
  { precision: 0.71, recall: 0.9, reviewRecall: 0.95, year: 0.95, kind: 0.84 }, 1);
