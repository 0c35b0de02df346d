// Real documents, three-hundred-and-fifty-ninth development set (tests/real/dev359): provincial livelihood lists and goals of 2020–2022 (广东, 福建, 河南) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, three-hundred-and-fifty-ninth development set", path.join(__dirname, "dev359"), 3,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 1);
