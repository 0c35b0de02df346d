// Real documents, eight-hundred-and-fifth development set (tests/real/dev805): expressway and trunk-highway goals of 2020–2024 (云南's county expressways, 四川's 10,000 km, 甘肃's 十四五 transport plan, 湖南's highway network plan) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, eight-hundred-and-fifth development set", path.join(__dirname, "dev805"), 4,
  { precision: 0.88, recall: 0.91, reviewRecall: 0.91, year: 0.95, kind: 0.84 }, 2);
