// Real documents, three-hundred-and-thirty-eighth development set (tests/real/dev338): district work reports of 2017–2020 (长沙 雨花, 杭州 萧山, 厦门 思明, 郑州 二七) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-thirty-eighth development set", path.join(__dirname, "dev338"), 4,
  { precision: 0.69, recall: 0.77, reviewRecall: 0.86, year: 0.95, kind: 0.91 }, 0);
