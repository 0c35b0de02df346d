// Real documents, eight-hundred-and-twentieth development set (tests/real/dev820): forest- and grassland-fire prevention goals of 2018–2020 (四川's fire roads and helipads, 凉山's fire plan, 河北's video monitoring, 厦门's three-year action, 三亚's fire plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-twentieth development set", path.join(__dirname, "dev820"), 5,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.92, year: 0.57, kind: 0.84 }, 2);
