// Real documents, six-hundred-and-seventy-third development set (tests/real/dev673): numbered 民生实事 lists of 2022–2023 (武汉, 黔江, 定州 and 扬州) — labelled without sight of the engine and
// first scored unseen (README.md); the engine has since been developed against them too.
import path from "node:path";
import { realSetSuite } from "./set-suite";

realSetSuite("real documents, six-hundred-and-seventy-third development set", path.join(__dirname, "dev673"), 4,
  { precision: 0.9, recall: 0.92, reviewRecall: 0.92, year: 0.95, kind: 0.85 }, 1);
