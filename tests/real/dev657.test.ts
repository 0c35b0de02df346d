// Real documents, six-hundred-and-fifty-seventh development set (tests/real/dev657): company-listing goals of 2021–2030 (广州's listing plan in a traditional-character mirror, 四川's capital-market plan, 上虞's and 诸暨's phoenix plans) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-fifty-seventh development set", path.join(__dirname, "dev657"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.92 }, 2);
