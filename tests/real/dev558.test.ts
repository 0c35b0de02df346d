// Real documents, five-hundred-and-fifty-eighth development set (tests/real/dev558): housing, affordable-housing and urban-renewal goals of 2022–2025 (长沙's 十四五 housing security plan, 九江's affordable-housing tasks, 郑州 上街's urban-renewal plan, 深圳's 十四五 housing plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, five-hundred-and-fifty-eighth development set", path.join(__dirname, "dev558"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.8, kind: 0.86 }, 2);
