// Real documents, three-hundred-and-fifty-second development set (tests/real/dev352): provinces' livelihood lists of 2014–2019 (浙江, 吉林, 四川, 云南) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-fifty-second development set", path.join(__dirname, "dev352"), 4,
  { precision: 0.91, recall: 0.88, reviewRecall: 0.92, year: 0.95, kind: 0.91 }, 2);
