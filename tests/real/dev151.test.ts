// Real documents, hundred-and-fifty-first development set (tests/real/dev151): work reports and lists of 实事 of 2020–2023 in 广东 and 江苏 (a province's goals and its ten 实事, 深圳's and 苏州's 实事, two districts' 实事) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, hundred-and-fifty-first development set", path.join(__dirname, "dev151"), 6,
  { precision: 0.97, recall: 0.96, reviewRecall: 0.97, year: 0.99, kind: 0.97 }, 0);
