// Real documents, eight-hundred-and-thirty-ninth development set (tests/real/dev839): poverty-relocation goals of 2016–2017 (河北's 2016 relocation plan, 重庆's high-mountain relocation, 贵州's annual task, 安徽's annual targets, 昌宁's three-year plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-thirty-ninth development set", path.join(__dirname, "dev839"), 5,
  { precision: 0.89, recall: 0.84, reviewRecall: 0.86, year: 0.82, kind: 0.34 }, 1);
