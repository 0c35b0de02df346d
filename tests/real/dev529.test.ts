// Real documents, five-hundred-and-twenty-ninth development set (tests/real/dev529): urban-management and market-regulation 十四五 goals of 2021–2022 (重庆's research report, 北京's city management plan, the Yangtze delta's market regulation plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-twenty-ninth development set", path.join(__dirname, "dev529"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
