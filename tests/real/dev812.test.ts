// Real documents, eight-hundred-and-twelfth development set (tests/real/dev812): higher-education goals of 2016–2018 (深圳's colleges and enrolment, 湖北's and 四川's double first-class plans, 江苏's, 甘肃's and 陕西's first-class disciplines) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-twelfth development set", path.join(__dirname, "dev812"), 4,
  { precision: 0.51, recall: 0.61, reviewRecall: 0.72, year: 0.78, kind: 0.56 }, 1);
