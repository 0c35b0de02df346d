// Real documents, six-hundred-and-thirty-fourth development set (tests/real/dev634): consumption goals of 2020–2023 (湖北's consumption upgrade plan with its yearly retail-sales targets, two 滨州 night-economy pages, 海宁's car and charging targets) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-thirty-fourth development set", path.join(__dirname, "dev634"), 4,
  { precision: 0.91, recall: 0.85, reviewRecall: 0.85, year: 0.91, kind: 0.95 }, 1);
