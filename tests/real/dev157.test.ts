// Real documents, hundred-and-fifty-seventh development set (tests/real/dev157): provincial work reports of 2023–2024 as news gives them (内蒙古, 浙江's five-year goals, 四川's urban renewal and farming, 北京, 湖南's annual plan, 海南, 江苏) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-fifty-seventh development set", path.join(__dirname, "dev157"), 8,
  { precision: 0.98, recall: 0.96, reviewRecall: 0.98, year: 0.98, kind: 0.94 }, 0);
