// Real documents, seven-hundred-and-fifty-fifth development set (tests/real/dev755): supply-and-marketing cooperative goals of 2017–2022 (河北's reform, 湖北's opinions, 常州's rural revitalisation, a province's pilot roll-out) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, seven-hundred-and-fifty-fifth development set", path.join(__dirname, "dev755"), 4,
  { precision: 0.95, recall: 0.95, reviewRecall: 0.95, year: 0.95, kind: 0.95 }, 2);
