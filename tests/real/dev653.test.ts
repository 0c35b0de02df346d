// Real documents, six-hundred-and-fifty-third development set (tests/real/dev653): development-zone goals of 2020–2027 (济源's zone plan, 辽宁's high-tech zones, 河南's cluster zones, 江西's doubling drive, 南平's park standards) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-fifty-third development set", path.join(__dirname, "dev653"), 5,
  { precision: 0.95, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.95 }, 2);
