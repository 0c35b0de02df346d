// Real documents, seven-hundred-and-seventy-ninth development set (tests/real/dev779): medical-insurance goals of 2018–2022 (铜陵's resident insurance, 江西's 十四五 medical security, 高邮's service circle) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-seventy-ninth development set", path.join(__dirname, "dev779"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
